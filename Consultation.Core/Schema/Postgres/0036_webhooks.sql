-- Webhooks for e-office systems. An agency registers endpoints for event types; the secret that signs
-- its deliveries must be readable to sign with, so it is kept encrypted with the data-protection key
-- ring (data_protection_keys), never in plaintext. A deleted endpoint is kept (deleted_at) so its
-- delivery log stays readable; nothing is sent to it any more.
CREATE TABLE webhook_endpoints (
    id                uuid NOT NULL PRIMARY KEY,
    agency_code       varchar(32) NOT NULL REFERENCES agencies (code),
    url               text NOT NULL,
    event_types       text NOT NULL,
    secret_protected  text NOT NULL,
    created_at        timestamptz NOT NULL,
    deleted_at        timestamptz NULL
);
CREATE INDEX ix_webhook_endpoints_agency ON webhook_endpoints (agency_code) WHERE deleted_at IS NULL;

-- One delivery per (event, endpoint), written by the consumer that records the event for an agency;
-- the unique key makes a redelivered or republished event add nothing. The delivery job claims due
-- rows (SKIP LOCKED, and next_attempt_at as a lease), posts the stored body, and marks the row
-- delivered only after a 2xx; its id is the webhook-id header on every attempt.
CREATE TABLE webhook_deliveries (
    id                uuid NOT NULL PRIMARY KEY,
    endpoint_id       uuid NOT NULL REFERENCES webhook_endpoints (id),
    event_id          uuid NOT NULL,
    event_type        varchar(32) NOT NULL,
    payload           text NOT NULL,
    status            varchar(16) NOT NULL,
    attempts          integer NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL,
    next_attempt_at   timestamptz NOT NULL,
    give_up_at        timestamptz NOT NULL,
    delivered_at      timestamptz NULL,
    last_status_code  integer NULL,
    last_error        text NULL,
    CONSTRAINT ux_webhook_deliveries_key UNIQUE (event_id, endpoint_id)
);
CREATE INDEX ix_webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX ix_webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, created_at);
CREATE INDEX ix_webhook_deliveries_failed ON webhook_deliveries (created_at) WHERE status = 'failed';

-- Every attempt, for the endpoint's delivery log.
CREATE TABLE webhook_attempts (
    id            uuid NOT NULL PRIMARY KEY,
    delivery_id   uuid NOT NULL REFERENCES webhook_deliveries (id),
    attempted_at  timestamptz NOT NULL,
    status_code   integer NULL,
    error         text NULL
);
CREATE INDEX ix_webhook_attempts_delivery ON webhook_attempts (delivery_id, attempted_at);
