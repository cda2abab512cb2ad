-- Escalation emails. A consumer records one item per source event and recipient, then acknowledges
-- the message; the unique key makes a redelivered or republished event add nothing. The mail job
-- gathers a recipient's items into one mail once the first has waited the consolidation window,
-- and sends it; the mail's id is the email's Message-ID, and it is marked sent only after the SMTP
-- server accepted it.
CREATE TABLE mails (
    id               uuid NOT NULL PRIMARY KEY,
    recipient        varchar(320) NOT NULL,
    status           varchar(16) NOT NULL,
    item_count       integer NOT NULL,
    attempts         integer NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    next_attempt_at  timestamptz NOT NULL,
    sent_at          timestamptz NULL,
    last_error       text NULL
);
CREATE INDEX ix_mails_due ON mails (next_attempt_at) WHERE status = 'pending';
CREATE INDEX ix_mails_failed ON mails (created_at) WHERE status = 'failed';

CREATE TABLE mail_items (
    id               uuid NOT NULL PRIMARY KEY,
    source_id        uuid NOT NULL,
    recipient        varchar(320) NOT NULL,
    recipient_name   text NOT NULL,
    cc               text NULL,
    kind             varchar(32) NOT NULL,
    role             varchar(16) NOT NULL,
    consultation_id  uuid NOT NULL,
    payload          text NOT NULL,
    created_at       timestamptz NOT NULL,
    mail_id          uuid NULL REFERENCES mails (id),
    CONSTRAINT ux_mail_items_key UNIQUE (source_id, recipient)
);
-- Only items not yet in a mail: what the consolidation step reads, however many were sent before.
CREATE INDEX ix_mail_items_unsent ON mail_items (recipient, created_at) WHERE mail_id IS NULL;
CREATE INDEX ix_mail_items_mail ON mail_items (mail_id);
