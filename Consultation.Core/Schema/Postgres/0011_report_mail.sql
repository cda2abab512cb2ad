-- Report emails: NonCooperationReportReady becomes one mail of its own per report
-- and recipient, never consolidated with escalation items. The key (report_id, recipient) makes a
-- redelivered or republished event add nothing; the mail row goes through the same claim, send and
-- mark-sent steps as every other mail, and its files are read from reports when it is sent.
CREATE TABLE report_mails (
    report_id        uuid NOT NULL,
    recipient        varchar(320) NOT NULL,
    recipient_name   text NOT NULL,
    mail_id          uuid NOT NULL REFERENCES mails (id),
    created_at       timestamptz NOT NULL,
    CONSTRAINT pk_report_mails PRIMARY KEY (report_id, recipient)
);
CREATE INDEX ix_report_mails_mail ON report_mails (mail_id);
