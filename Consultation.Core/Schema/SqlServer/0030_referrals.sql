-- Not competent as a workflow, and deemed agreement kept apart from a later answer.
-- redirected_from_id links an assignment the lead created by redirecting a not_competent answer to
-- the assignment that answered so; referral_ring marks a not_competent answer that names an agency
-- already in its own chain of referrals (A to B, B back to A): responsibility-shifting, told to the
-- supervisor. A referral is redirected once: the unique index decides between two redirects that
-- race. deemed_agreed_at keeps when silence was recorded as agreement, so an answer that arrives
-- afterwards is recorded late without erasing that the deadline passed in silence.
ALTER TABLE assignments ADD redirected_from_id uniqueidentifier NULL REFERENCES assignments (id);
ALTER TABLE assignments ADD deemed_agreed_at datetimeoffset(7) NULL;
ALTER TABLE answers ADD referral_ring bit NOT NULL DEFAULT 0;
GO

CREATE UNIQUE INDEX ux_assignments_redirected_from ON assignments (redirected_from_id) WHERE redirected_from_id IS NOT NULL;
