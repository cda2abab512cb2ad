-- Consolidated non-cooperation reports (báo cáo tổng hợp tình hình phối hợp): one row per lead unit
-- ('all' for the province-wide report) and period. Regenerating a period replaces the row in place
-- and keeps its id, which is the MessageId of NonCooperationReportReady, so the report is mailed
-- once. Periods are 'yyyy-MM-dd' text on every provider: the key compares exactly, with no date
-- binding that differs between drivers.
CREATE TABLE reports (
    id            uuid NOT NULL PRIMARY KEY,
    lead          varchar(32) NOT NULL,
    period_from   varchar(10) NOT NULL,
    period_to     varchar(10) NOT NULL,
    generated_at  timestamptz NOT NULL,
    json          text NOT NULL,
    docx          bytea NOT NULL,
    xlsx          bytea NOT NULL,
    published_at  timestamptz NULL,
    CONSTRAINT ux_reports_period UNIQUE (lead, period_from, period_to)
);
CREATE INDEX ix_reports_unpublished ON reports (generated_at) WHERE published_at IS NULL;

-- The deadline an answer was given against. A clarification round or an extension later moves the
-- assignment's due date, and a report must still say by how much the earlier answer was late.
ALTER TABLE answers ADD COLUMN due_at timestamptz NULL;

-- Reports count the extensions of the assignments in a period.
CREATE INDEX ix_deadline_extensions_assignment ON deadline_extensions (assignment_id);
