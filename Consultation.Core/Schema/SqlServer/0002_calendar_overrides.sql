-- The official schedules (lịch nghỉ lễ, tết) that override the default holiday rules; days are
-- civil dates in Vietnam.
CREATE TABLE calendar_overrides (
    day         date NOT NULL PRIMARY KEY,
    kind        nvarchar(16) NOT NULL CHECK (kind IN (N'day_off', N'working_day')),
    name        nvarchar(200) NOT NULL,
    updated_at  datetimeoffset(7) NOT NULL
);

-- One row. Every calendar change bumps it first, which serialises changes across processes and
-- tells each process's cached calendar that it is stale.
CREATE TABLE calendar_revision (
    id        int NOT NULL PRIMARY KEY CHECK (id = 1),
    revision  bigint NOT NULL
);
INSERT INTO calendar_revision (id, revision) VALUES (1, 1);

-- OfficialSchedules.Seed (2025, 2026), seeded here and not from code so that it happens exactly
-- once: a seeded day an administrator deletes stays deleted. A test checks the two agree.
-- N'' keeps the Vietnamese letters, which a plain literal would turn into '?'.
INSERT INTO calendar_overrides (day, kind, name, updated_at) VALUES
    ('2025-01-27', N'day_off', N'Tết Nguyên đán', CAST(SYSUTCDATETIME() AS datetimeoffset(7))),
    ('2025-04-26', N'working_day', N'Làm bù cho ngày nghỉ 02/5/2025', CAST(SYSUTCDATETIME() AS datetimeoffset(7))),
    ('2025-05-02', N'day_off', N'Nghỉ hoán đổi dịp 30/4 – 1/5', CAST(SYSUTCDATETIME() AS datetimeoffset(7))),
    ('2026-01-02', N'day_off', N'Nghỉ hoán đổi dịp Tết Dương lịch', CAST(SYSUTCDATETIME() AS datetimeoffset(7))),
    ('2026-01-10', N'working_day', N'Làm bù cho ngày nghỉ 02/01/2026', CAST(SYSUTCDATETIME() AS datetimeoffset(7))),
    ('2026-04-27', N'day_off', N'Nghỉ bù Giỗ Tổ Hùng Vương', CAST(SYSUTCDATETIME() AS datetimeoffset(7))),
    ('2026-08-22', N'working_day', N'Làm bù cho ngày nghỉ 31/8/2026', CAST(SYSUTCDATETIME() AS datetimeoffset(7))),
    ('2026-08-31', N'day_off', N'Nghỉ hoán đổi dịp Quốc khánh', CAST(SYSUTCDATETIME() AS datetimeoffset(7)));
