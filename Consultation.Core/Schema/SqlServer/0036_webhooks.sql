-- Webhooks for e-office systems. An agency registers endpoints for event types; the secret that signs
-- its deliveries must be readable to sign with, so it is kept encrypted with the data-protection key
-- ring (data_protection_keys), never in plaintext. A deleted endpoint is kept (deleted_at) so its
-- delivery log stays readable; nothing is sent to it any more.
CREATE TABLE webhook_endpoints (
    id                uniqueidentifier NOT NULL PRIMARY KEY,
    agency_code       nvarchar(32) NOT NULL REFERENCES agencies (code),
    url               nvarchar(max) NOT NULL,
    event_types       nvarchar(max) NOT NULL,
    secret_protected  nvarchar(max) NOT NULL,
    created_at        datetimeoffset(7) NOT NULL,
    deleted_at        datetimeoffset(7) NULL
);
CREATE INDEX ix_webhook_endpoints_agency ON webhook_endpoints (agency_code) WHERE deleted_at IS NULL;

-- One delivery per (event, endpoint), written by the consumer that records the event for an agency;
-- the unique key makes a redelivered or republished event add nothing. The delivery job claims due
-- rows (SKIP LOCKED, and next_attempt_at as a lease), posts the stored body, and marks the row
-- delivered only after a 2xx; its id is the webhook-id header on every attempt.
CREATE TABLE webhook_deliveries (
    id                uniqueidentifier NOT NULL PRIMARY KEY,
    endpoint_id       uniqueidentifier NOT NULL REFERENCES webhook_endpoints (id),
    event_id          uniqueidentifier NOT NULL,
    event_type        nvarchar(32) NOT NULL,
    payload           nvarchar(max) NOT NULL,
    status            nvarchar(16) NOT NULL,
    attempts          int NOT NULL DEFAULT 0,
    created_at        datetimeoffset(7) NOT NULL,
    next_attempt_at   datetimeoffset(7) NOT NULL,
    give_up_at        datetimeoffset(7) NOT NULL,
    delivered_at      datetimeoffset(7) NULL,
    last_status_code  int NULL,
    last_error        nvarchar(max) NULL
);
-- IGNORE_DUP_KEY makes a repeated insert of the same key a no-op, as ON CONFLICT DO NOTHING does on PostgreSQL.
CREATE UNIQUE INDEX ux_webhook_deliveries_key ON webhook_deliveries (event_id, endpoint_id) WITH (IGNORE_DUP_KEY = ON);
CREATE INDEX ix_webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX ix_webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, created_at);
CREATE INDEX ix_webhook_deliveries_failed ON webhook_deliveries (created_at) WHERE status = 'failed';

-- Every attempt, for the endpoint's delivery log.
CREATE TABLE webhook_attempts (
    id            uniqueidentifier NOT NULL PRIMARY KEY,
    delivery_id   uniqueidentifier NOT NULL REFERENCES webhook_deliveries (id),
    attempted_at  datetimeoffset(7) NOT NULL,
    status_code   int NULL,
    error         nvarchar(max) NULL
);
CREATE INDEX ix_webhook_attempts_delivery ON webhook_attempts (delivery_id, attempted_at);
