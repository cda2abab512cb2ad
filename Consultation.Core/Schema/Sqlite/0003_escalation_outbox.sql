-- The escalation outbox: one row per assignment, kind, level and occurrence (the due moment it
-- concerns, or the answer), so a scan that runs twice, or on two workers, records it once.
-- Nothing has written to the first escalations table yet, so it is replaced rather than altered.
DROP TABLE escalations;

CREATE TABLE escalations (
    id              TEXT NOT NULL PRIMARY KEY,
    assignment_id   TEXT NOT NULL REFERENCES assignments (id),
    kind            TEXT NOT NULL,
    level           INTEGER NOT NULL,
    occurrence      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    published_at    TEXT NULL,
    CONSTRAINT ux_escalations_key UNIQUE (assignment_id, kind, level, occurrence)
);
CREATE INDEX ix_escalations_unpublished ON escalations (created_at) WHERE published_at IS NULL;

-- Flags that take a row out of its scan's partial index once its work is claimed, so an idle
-- scan reads an empty index range however many assignments are open.
ALTER TABLE assignments ADD COLUMN requested_notified INTEGER NOT NULL DEFAULT 0;
ALTER TABLE assignments ADD COLUMN reminder_sent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE answers ADD COLUMN vague_escalated INTEGER NOT NULL DEFAULT 0;

DROP INDEX ix_assignments_due_open;
CREATE INDEX ix_assignments_overdue_scan ON assignments (due_at)
    WHERE status IN ('pending', 'clarification_requested') AND escalation_level = 0;
CREATE INDEX ix_assignments_level2_scan ON assignments (due_at)
    WHERE status IN ('pending', 'clarification_requested') AND escalation_level = 1;
CREATE INDEX ix_assignments_reminder_scan ON assignments (due_at)
    WHERE status IN ('pending', 'clarification_requested') AND reminder_sent = 0;
CREATE INDEX ix_assignments_request_scan ON assignments (received_at) WHERE requested_notified = 0;
CREATE INDEX ix_answers_vague_scan ON answers (submitted_at) WHERE assessment_verdict = 'vague' AND vague_escalated = 0;
