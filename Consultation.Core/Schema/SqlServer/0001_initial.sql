-- Times are UTC (datetimeoffset with offset +00:00).
CREATE TABLE agencies (
    code         nvarchar(32) NOT NULL PRIMARY KEY,
    name         nvarchar(max) NOT NULL,
    kind         nvarchar(16) NOT NULL,
    email        nvarchar(max) NOT NULL,
    head_name    nvarchar(max) NULL,
    head_email   nvarchar(max) NULL,
    competence   nvarchar(max) NULL,
    active       bit NOT NULL DEFAULT 1,
    created_at   datetimeoffset(7) NOT NULL
);

CREATE TABLE api_keys (
    prefix       nvarchar(32) NOT NULL PRIMARY KEY,
    hash         nvarchar(128) NOT NULL,
    role         nvarchar(16) NOT NULL,
    agency_code  nvarchar(32) NULL REFERENCES agencies (code),
    created_at   datetimeoffset(7) NOT NULL,
    revoked_at   datetimeoffset(7) NULL
);

CREATE TABLE consultations (
    id                     uniqueidentifier NOT NULL PRIMARY KEY,
    lead_agency_code       nvarchar(32) NOT NULL REFERENCES agencies (code),
    document_number        nvarchar(64) NOT NULL,
    title                  nvarchar(max) NOT NULL,
    issue                  nvarchar(max) NOT NULL,
    proposed_direction     nvarchar(max) NOT NULL,
    urgency                nvarchar(16) NOT NULL,
    silence_means_consent  bit NOT NULL DEFAULT 0,
    status                 nvarchar(16) NOT NULL,
    opened_at              datetimeoffset(7) NOT NULL,
    closed_at              datetimeoffset(7) NULL,
    synthesis              nvarchar(max) NULL,
    version                int NOT NULL DEFAULT 1,
    UNIQUE (lead_agency_code, document_number)
);
CREATE INDEX ix_consultations_opened ON consultations (opened_at);

CREATE TABLE assignments (
    id                uniqueidentifier NOT NULL PRIMARY KEY,
    consultation_id   uniqueidentifier NOT NULL REFERENCES consultations (id),
    agency_code       nvarchar(32) NOT NULL REFERENCES agencies (code),
    reason            nvarchar(max) NOT NULL,
    received_at       datetimeoffset(7) NOT NULL,
    due_at            datetimeoffset(7) NOT NULL,
    due_working_days  int NULL,
    status            nvarchar(32) NOT NULL,
    round             int NOT NULL DEFAULT 1,
    answered_at       datetimeoffset(7) NULL,
    escalation_level  int NOT NULL DEFAULT 0,
    version           int NOT NULL DEFAULT 1,
    UNIQUE (consultation_id, agency_code)
);
CREATE INDEX ix_assignments_agency ON assignments (agency_code);
CREATE INDEX ix_assignments_due_open ON assignments (due_at) WHERE status IN ('pending', 'clarification_requested');

CREATE TABLE answers (
    id                      uniqueidentifier NOT NULL PRIMARY KEY,
    assignment_id           uniqueidentifier NOT NULL REFERENCES assignments (id),
    round                   int NOT NULL,
    position                nvarchar(32) NOT NULL,
    content                 nvarchar(max) NOT NULL,
    legal_basis             nvarchar(max) NULL,
    competent_agency_code   nvarchar(32) NULL REFERENCES agencies (code),
    competent_agency_name   nvarchar(max) NULL,
    submitted_at            datetimeoffset(7) NOT NULL,
    late                    bit NOT NULL,
    assessment_verdict      nvarchar(16) NULL,
    assessment_score        float NULL,
    assessment_reasons      nvarchar(max) NULL,
    review_decision         nvarchar(32) NULL,
    review_note             nvarchar(max) NULL,
    reviewed_at             datetimeoffset(7) NULL,
    UNIQUE (assignment_id, round)
);

CREATE TABLE deadline_extensions (
    id                uniqueidentifier NOT NULL PRIMARY KEY,
    assignment_id     uniqueidentifier NOT NULL REFERENCES assignments (id),
    previous_due_at   datetimeoffset(7) NOT NULL,
    new_due_at        datetimeoffset(7) NOT NULL,
    working_days      int NULL,
    reason            nvarchar(max) NOT NULL,
    created_at        datetimeoffset(7) NOT NULL
);

CREATE TABLE escalations (
    id              uniqueidentifier NOT NULL PRIMARY KEY,
    assignment_id   uniqueidentifier NOT NULL REFERENCES assignments (id),
    kind            nvarchar(32) NOT NULL,
    level           int NOT NULL,
    created_at      datetimeoffset(7) NOT NULL,
    published_at    datetimeoffset(7) NULL,
    UNIQUE (assignment_id, kind, level)
);
CREATE INDEX ix_escalations_unpublished ON escalations (created_at) WHERE published_at IS NULL;

CREATE TABLE audit_log (
    id           bigint IDENTITY(1,1) PRIMARY KEY,
    at           datetimeoffset(7) NOT NULL,
    actor        nvarchar(64) NOT NULL,
    agency_code  nvarchar(32) NULL,
    action       nvarchar(64) NOT NULL,
    entity       nvarchar(32) NOT NULL,
    entity_id    nvarchar(64) NOT NULL,
    details      nvarchar(max) NULL
);
CREATE INDEX ix_audit_entity ON audit_log (entity, entity_id);

CREATE TABLE idempotent_requests (
    caller         nvarchar(64) NOT NULL,
    idem_key       nvarchar(128) NOT NULL,
    request_hash   nvarchar(128) NOT NULL,
    status_code    int NULL,
    content_type   nvarchar(max) NULL,
    location       nvarchar(max) NULL,
    body           nvarchar(max) NULL,
    created_at     datetimeoffset(7) NOT NULL,
    PRIMARY KEY (caller, idem_key)
);
