-- Times are UTC, stored as ISO 8601 text ("yyyy-MM-ddTHH:mm:ss.fffffffZ") so text order is time order.

CREATE TABLE agencies (
    code         TEXT NOT NULL PRIMARY KEY,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL,
    email        TEXT NOT NULL,
    head_name    TEXT NULL,
    head_email   TEXT NULL,
    competence   TEXT NULL,
    active       INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT NOT NULL
);

CREATE TABLE api_keys (
    prefix       TEXT NOT NULL PRIMARY KEY,
    hash         TEXT NOT NULL,
    role         TEXT NOT NULL,
    agency_code  TEXT NULL REFERENCES agencies (code),
    created_at   TEXT NOT NULL,
    revoked_at   TEXT NULL
);

CREATE TABLE consultations (
    id                     TEXT NOT NULL PRIMARY KEY,
    lead_agency_code       TEXT NOT NULL REFERENCES agencies (code),
    document_number        TEXT NOT NULL,
    title                  TEXT NOT NULL,
    issue                  TEXT NOT NULL,
    proposed_direction     TEXT NOT NULL,
    urgency                TEXT NOT NULL,
    silence_means_consent  INTEGER NOT NULL DEFAULT 0,
    status                 TEXT NOT NULL,
    opened_at              TEXT NOT NULL,
    closed_at              TEXT NULL,
    synthesis              TEXT NULL,
    version                INTEGER NOT NULL DEFAULT 1,
    UNIQUE (lead_agency_code, document_number)
);
CREATE INDEX ix_consultations_opened ON consultations (opened_at);

CREATE TABLE assignments (
    id                TEXT NOT NULL PRIMARY KEY,
    consultation_id   TEXT NOT NULL REFERENCES consultations (id),
    agency_code       TEXT NOT NULL REFERENCES agencies (code),
    reason            TEXT NOT NULL,
    received_at       TEXT NOT NULL,
    due_at            TEXT NOT NULL,
    due_working_days  INTEGER NULL,
    status            TEXT NOT NULL,
    round             INTEGER NOT NULL DEFAULT 1,
    answered_at       TEXT NULL,
    escalation_level  INTEGER NOT NULL DEFAULT 0,
    version           INTEGER NOT NULL DEFAULT 1,
    UNIQUE (consultation_id, agency_code)
);
CREATE INDEX ix_assignments_agency ON assignments (agency_code);
CREATE INDEX ix_assignments_due_open ON assignments (due_at) WHERE status IN ('pending', 'clarification_requested');

CREATE TABLE answers (
    id                      TEXT NOT NULL PRIMARY KEY,
    assignment_id           TEXT NOT NULL REFERENCES assignments (id),
    round                   INTEGER NOT NULL,
    position                TEXT NOT NULL,
    content                 TEXT NOT NULL,
    legal_basis             TEXT NULL,
    competent_agency_code   TEXT NULL REFERENCES agencies (code),
    competent_agency_name   TEXT NULL,
    submitted_at            TEXT NOT NULL,
    late                    INTEGER NOT NULL,
    assessment_verdict      TEXT NULL,
    assessment_score        REAL NULL,
    assessment_reasons      TEXT NULL,
    review_decision         TEXT NULL,
    review_note             TEXT NULL,
    reviewed_at             TEXT NULL,
    UNIQUE (assignment_id, round)
);

CREATE TABLE deadline_extensions (
    id                TEXT NOT NULL PRIMARY KEY,
    assignment_id     TEXT NOT NULL REFERENCES assignments (id),
    previous_due_at   TEXT NOT NULL,
    new_due_at        TEXT NOT NULL,
    working_days      INTEGER NULL,
    reason            TEXT NOT NULL,
    created_at        TEXT NOT NULL
);

CREATE TABLE escalations (
    id              TEXT NOT NULL PRIMARY KEY,
    assignment_id   TEXT NOT NULL REFERENCES assignments (id),
    kind            TEXT NOT NULL,
    level           INTEGER NOT NULL,
    created_at      TEXT NOT NULL,
    published_at    TEXT NULL,
    UNIQUE (assignment_id, kind, level)
);
CREATE INDEX ix_escalations_unpublished ON escalations (created_at) WHERE published_at IS NULL;

CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    at           TEXT NOT NULL,
    actor        TEXT NOT NULL,
    agency_code  TEXT NULL,
    action       TEXT NOT NULL,
    entity       TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    details      TEXT NULL
);
CREATE INDEX ix_audit_entity ON audit_log (entity, entity_id);

CREATE TABLE idempotent_requests (
    caller         TEXT NOT NULL,
    idem_key       TEXT NOT NULL,
    request_hash   TEXT NOT NULL,
    status_code    INTEGER NULL,
    content_type   TEXT NULL,
    location       TEXT NULL,
    body           TEXT NULL,
    created_at     TEXT NOT NULL,
    PRIMARY KEY (caller, idem_key)
);
