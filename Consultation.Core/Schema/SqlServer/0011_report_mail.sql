-- Report emails: NonCooperationReportReady becomes one mail of its own per report
-- and recipient, never consolidated with escalation items. The key (report_id, recipient) makes a
-- redelivered or republished event add nothing; the mail row goes through the same claim, send and
-- mark-sent steps as every other mail, and its files are read from reports when it is sent.
-- IGNORE_DUP_KEY makes a repeated insert of the same key a no-op, as ON CONFLICT DO NOTHING does on PostgreSQL.
CREATE TABLE report_mails (
    report_id        uniqueidentifier NOT NULL,
    recipient        nvarchar(320) NOT NULL,
    recipient_name   nvarchar(max) NOT NULL,
    mail_id          uniqueidentifier NOT NULL REFERENCES mails (id),
    created_at       datetimeoffset(7) NOT NULL,
    CONSTRAINT pk_report_mails PRIMARY KEY (report_id, recipient) WITH (IGNORE_DUP_KEY = ON)
);
CREATE INDEX ix_report_mails_mail ON report_mails (mail_id);
