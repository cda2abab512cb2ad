-- Escalation emails. A consumer records one item per source event and recipient, then acknowledges
-- the message; the unique key makes a redelivered or republished event add nothing. The mail job
-- gathers a recipient's items into one mail once the first has waited the consolidation window,
-- and sends it; the mail's id is the email's Message-ID, and it is marked sent only after the SMTP
-- server accepted it.
CREATE TABLE mails (
    id               TEXT NOT NULL PRIMARY KEY,
    recipient        TEXT NOT NULL,
    status           TEXT NOT NULL,
    item_count       INTEGER NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT NOT NULL,
    next_attempt_at  TEXT NOT NULL,
    sent_at          TEXT NULL,
    last_error       TEXT NULL
);
CREATE INDEX ix_mails_due ON mails (next_attempt_at) WHERE status = 'pending';
CREATE INDEX ix_mails_failed ON mails (created_at) WHERE status = 'failed';

CREATE TABLE mail_items (
    id               TEXT NOT NULL PRIMARY KEY,
    source_id        TEXT NOT NULL,
    recipient        TEXT NOT NULL,
    recipient_name   TEXT NOT NULL,
    cc               TEXT NULL,
    kind             TEXT NOT NULL,
    role             TEXT NOT NULL,
    consultation_id  TEXT NOT NULL,
    payload          TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    mail_id          TEXT NULL REFERENCES mails (id),
    CONSTRAINT ux_mail_items_key UNIQUE (source_id, recipient)
);
-- Only items not yet in a mail: what the consolidation step reads, however many were sent before.
CREATE INDEX ix_mail_items_unsent ON mail_items (recipient, created_at) WHERE mail_id IS NULL;
CREATE INDEX ix_mail_items_mail ON mail_items (mail_id);
