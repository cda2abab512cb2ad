-- The escalation outbox: one row per assignment, kind, level and occurrence (the due moment it
-- concerns, or the answer), so a scan that runs twice, or on two workers, records it once.
-- Nothing has written to the first escalations table yet, so it is replaced rather than altered.
DROP TABLE escalations;

CREATE TABLE escalations (
    id              uniqueidentifier NOT NULL PRIMARY KEY,
    assignment_id   uniqueidentifier NOT NULL REFERENCES assignments (id),
    kind            nvarchar(32) NOT NULL,
    level           int NOT NULL,
    occurrence      nvarchar(64) NOT NULL,
    created_at      datetimeoffset(7) NOT NULL,
    published_at    datetimeoffset(7) NULL,
    CONSTRAINT ck_escalations_level CHECK (level >= 0)
);
-- IGNORE_DUP_KEY makes a repeated insert of the same key a no-op, as ON CONFLICT DO NOTHING does on PostgreSQL.
CREATE UNIQUE INDEX ux_escalations_key ON escalations (assignment_id, kind, level, occurrence) WITH (IGNORE_DUP_KEY = ON);
CREATE INDEX ix_escalations_unpublished ON escalations (created_at) WHERE published_at IS NULL;

-- Flags that take a row out of its scan's partial index once its work is claimed, so an idle
-- scan reads an empty index range however many assignments are open.
ALTER TABLE assignments ADD requested_notified bit NOT NULL DEFAULT 0;
ALTER TABLE assignments ADD reminder_sent bit NOT NULL DEFAULT 0;
ALTER TABLE answers ADD vague_escalated bit NOT NULL DEFAULT 0;
GO

DROP INDEX ix_assignments_due_open ON assignments;
CREATE INDEX ix_assignments_overdue_scan ON assignments (due_at)
    WHERE status IN ('pending', 'clarification_requested') AND escalation_level = 0;
CREATE INDEX ix_assignments_level2_scan ON assignments (due_at)
    WHERE status IN ('pending', 'clarification_requested') AND escalation_level = 1;
CREATE INDEX ix_assignments_reminder_scan ON assignments (due_at)
    WHERE status IN ('pending', 'clarification_requested') AND reminder_sent = 0;
CREATE INDEX ix_assignments_request_scan ON assignments (received_at) WHERE requested_notified = 0;
CREATE INDEX ix_answers_vague_scan ON answers (submitted_at) WHERE assessment_verdict = 'vague' AND vague_escalated = 0;
