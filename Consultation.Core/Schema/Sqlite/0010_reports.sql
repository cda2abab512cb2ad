-- Consolidated non-cooperation reports (báo cáo tổng hợp tình hình phối hợp): one row per lead unit
-- ('all' for the province-wide report) and period. Regenerating a period replaces the row in place
-- and keeps its id, which is the MessageId of NonCooperationReportReady, so the report is mailed
-- once. Periods are 'yyyy-MM-dd' text on every provider: the key compares exactly, with no date
-- binding that differs between drivers.
CREATE TABLE reports (
    id            TEXT NOT NULL PRIMARY KEY,
    lead          TEXT NOT NULL,
    period_from   TEXT NOT NULL,
    period_to     TEXT NOT NULL,
    generated_at  TEXT NOT NULL,
    json          TEXT NOT NULL,
    docx          BLOB NOT NULL,
    xlsx          BLOB NOT NULL,
    published_at  TEXT NULL,
    CONSTRAINT ux_reports_period UNIQUE (lead, period_from, period_to)
);
CREATE INDEX ix_reports_unpublished ON reports (generated_at) WHERE published_at IS NULL;

-- The deadline an answer was given against. A clarification round or an extension later moves the
-- assignment's due date, and a report must still say by how much the earlier answer was late.
ALTER TABLE answers ADD COLUMN due_at TEXT NULL;

-- Reports count the extensions of the assignments in a period.
CREATE INDEX ix_deadline_extensions_assignment ON deadline_extensions (assignment_id);
