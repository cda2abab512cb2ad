-- Idempotency records that cannot stick or leak. secret_withheld marks a stored response
-- whose secret (a new API key) was removed before storing: a replay says the key was shown once
-- instead of handing it out again. Records are pruned by age, so created_at is indexed.
ALTER TABLE idempotent_requests ADD COLUMN secret_withheld boolean NOT NULL DEFAULT false;
CREATE INDEX ix_idempotent_requests_created ON idempotent_requests (created_at);
-- Responses stored before this change may hold a new key in plaintext; they go.
DELETE FROM idempotent_requests WHERE body LIKE '%"key":"csk_%';
