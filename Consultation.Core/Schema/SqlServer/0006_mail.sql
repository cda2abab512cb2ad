-- Escalation emails. A consumer records one item per source event and recipient, then acknowledges
-- the message; the unique key makes a redelivered or republished event add nothing. The mail job
-- gathers a recipient's items into one mail once the first has waited the consolidation window,
-- and sends it; the mail's id is the email's Message-ID, and it is marked sent only after the SMTP
-- server accepted it.
CREATE TABLE mails (
    id               uniqueidentifier NOT NULL PRIMARY KEY,
    recipient        nvarchar(320) NOT NULL,
    status           nvarchar(16) NOT NULL,
    item_count       int NOT NULL,
    attempts         int NOT NULL DEFAULT 0,
    created_at       datetimeoffset(7) NOT NULL,
    next_attempt_at  datetimeoffset(7) NOT NULL,
    sent_at          datetimeoffset(7) NULL,
    last_error       nvarchar(max) NULL
);
CREATE INDEX ix_mails_due ON mails (next_attempt_at) WHERE status = 'pending';
CREATE INDEX ix_mails_failed ON mails (created_at) WHERE status = 'failed';

CREATE TABLE mail_items (
    id               uniqueidentifier NOT NULL PRIMARY KEY,
    source_id        uniqueidentifier NOT NULL,
    recipient        nvarchar(320) NOT NULL,
    recipient_name   nvarchar(max) NOT NULL,
    cc               nvarchar(max) NULL,
    kind             nvarchar(32) NOT NULL,
    role             nvarchar(16) NOT NULL,
    consultation_id  uniqueidentifier NOT NULL,
    payload          nvarchar(max) NOT NULL,
    created_at       datetimeoffset(7) NOT NULL,
    mail_id          uniqueidentifier NULL REFERENCES mails (id)
);
-- IGNORE_DUP_KEY makes a repeated insert of the same key a no-op, as ON CONFLICT DO NOTHING does on PostgreSQL.
CREATE UNIQUE INDEX ux_mail_items_key ON mail_items (source_id, recipient) WITH (IGNORE_DUP_KEY = ON);
-- Only items not yet in a mail: what the consolidation step reads, however many were sent before.
CREATE INDEX ix_mail_items_unsent ON mail_items (recipient, created_at) WHERE mail_id IS NULL;
CREATE INDEX ix_mail_items_mail ON mail_items (mail_id);
