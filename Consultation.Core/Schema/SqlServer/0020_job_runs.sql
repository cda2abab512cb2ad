-- The last runs of each recurring job, for the ops page: any worker may have run them.
CREATE TABLE job_runs (
    id           bigint IDENTITY(1,1) PRIMARY KEY,
    job          nvarchar(100) NOT NULL,
    instance     nvarchar(200) NOT NULL,
    started_at   datetimeoffset(7) NOT NULL,
    duration_ms  float NOT NULL,
    items        int NULL,
    error        nvarchar(max) NULL
);
CREATE INDEX ix_job_runs_job ON job_runs (job, started_at);
