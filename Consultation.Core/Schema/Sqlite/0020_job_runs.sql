-- The last runs of each recurring job, for the ops page: any worker may have run them.
CREATE TABLE job_runs (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    job          TEXT NOT NULL,
    instance     TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    duration_ms  REAL NOT NULL,
    items        INTEGER NULL,
    error        TEXT NULL
);
CREATE INDEX ix_job_runs_job ON job_runs (job, started_at);
