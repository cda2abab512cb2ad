-- The last runs of each recurring job, for the ops page: any worker may have run them.
CREATE TABLE job_runs (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job          varchar(100) NOT NULL,
    instance     varchar(200) NOT NULL,
    started_at   timestamptz NOT NULL,
    duration_ms  double precision NOT NULL,
    items        integer NULL,
    error        text NULL
);
CREATE INDEX ix_job_runs_job ON job_runs (job, started_at);
