-- Times are UTC (timestamptz).
CREATE TABLE agencies (
    code         varchar(32) NOT NULL PRIMARY KEY,
    name         text NOT NULL,
    kind         varchar(16) NOT NULL,
    email        text NOT NULL,
    head_name    text NULL,
    head_email   text NULL,
    competence   text NULL,
    active       boolean NOT NULL DEFAULT true,
    created_at   timestamptz NOT NULL
);

CREATE TABLE api_keys (
    prefix       varchar(32) NOT NULL PRIMARY KEY,
    hash         varchar(128) NOT NULL,
    role         varchar(16) NOT NULL,
    agency_code  varchar(32) NULL REFERENCES agencies (code),
    created_at   timestamptz NOT NULL,
    revoked_at   timestamptz NULL
);

CREATE TABLE consultations (
    id                     uuid NOT NULL PRIMARY KEY,
    lead_agency_code       varchar(32) NOT NULL REFERENCES agencies (code),
    document_number        varchar(64) NOT NULL,
    title                  text NOT NULL,
    issue                  text NOT NULL,
    proposed_direction     text NOT NULL,
    urgency                varchar(16) NOT NULL,
    silence_means_consent  boolean NOT NULL DEFAULT false,
    status                 varchar(16) NOT NULL,
    opened_at              timestamptz NOT NULL,
    closed_at              timestamptz NULL,
    synthesis              text NULL,
    version                integer NOT NULL DEFAULT 1,
    UNIQUE (lead_agency_code, document_number)
);
CREATE INDEX ix_consultations_opened ON consultations (opened_at);

CREATE TABLE assignments (
    id                uuid NOT NULL PRIMARY KEY,
    consultation_id   uuid NOT NULL REFERENCES consultations (id),
    agency_code       varchar(32) NOT NULL REFERENCES agencies (code),
    reason            text NOT NULL,
    received_at       timestamptz NOT NULL,
    due_at            timestamptz NOT NULL,
    due_working_days  integer NULL,
    status            varchar(32) NOT NULL,
    round             integer NOT NULL DEFAULT 1,
    answered_at       timestamptz NULL,
    escalation_level  integer NOT NULL DEFAULT 0,
    version           integer NOT NULL DEFAULT 1,
    UNIQUE (consultation_id, agency_code)
);
CREATE INDEX ix_assignments_agency ON assignments (agency_code);
CREATE INDEX ix_assignments_due_open ON assignments (due_at) WHERE status IN ('pending', 'clarification_requested');

CREATE TABLE answers (
    id                      uuid NOT NULL PRIMARY KEY,
    assignment_id           uuid NOT NULL REFERENCES assignments (id),
    round                   integer NOT NULL,
    position                varchar(32) NOT NULL,
    content                 text NOT NULL,
    legal_basis             text NULL,
    competent_agency_code   varchar(32) NULL REFERENCES agencies (code),
    competent_agency_name   text NULL,
    submitted_at            timestamptz NOT NULL,
    late                    boolean NOT NULL,
    assessment_verdict      varchar(16) NULL,
    assessment_score        double precision NULL,
    assessment_reasons      text NULL,
    review_decision         varchar(32) NULL,
    review_note             text NULL,
    reviewed_at             timestamptz NULL,
    UNIQUE (assignment_id, round)
);

CREATE TABLE deadline_extensions (
    id                uuid NOT NULL PRIMARY KEY,
    assignment_id     uuid NOT NULL REFERENCES assignments (id),
    previous_due_at   timestamptz NOT NULL,
    new_due_at        timestamptz NOT NULL,
    working_days      integer NULL,
    reason            text NOT NULL,
    created_at        timestamptz NOT NULL
);

CREATE TABLE escalations (
    id              uuid NOT NULL PRIMARY KEY,
    assignment_id   uuid NOT NULL REFERENCES assignments (id),
    kind            varchar(32) NOT NULL,
    level           integer NOT NULL,
    created_at      timestamptz NOT NULL,
    published_at    timestamptz NULL,
    UNIQUE (assignment_id, kind, level)
);
CREATE INDEX ix_escalations_unpublished ON escalations (created_at) WHERE published_at IS NULL;

CREATE TABLE audit_log (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at           timestamptz NOT NULL,
    actor        varchar(64) NOT NULL,
    agency_code  varchar(32) NULL,
    action       varchar(64) NOT NULL,
    entity       varchar(32) NOT NULL,
    entity_id    varchar(64) NOT NULL,
    details      text NULL
);
CREATE INDEX ix_audit_entity ON audit_log (entity, entity_id);

CREATE TABLE idempotent_requests (
    caller         varchar(64) NOT NULL,
    idem_key       varchar(128) NOT NULL,
    request_hash   varchar(128) NOT NULL,
    status_code    integer NULL,
    content_type   text NULL,
    location       text NULL,
    body           text NULL,
    created_at     timestamptz NOT NULL,
    PRIMARY KEY (caller, idem_key)
);
