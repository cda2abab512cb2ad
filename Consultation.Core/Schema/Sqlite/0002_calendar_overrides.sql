-- The official schedules (lịch nghỉ lễ, tết) that override the default holiday rules; days are
-- civil dates in Vietnam stored as text 'yyyy-MM-dd', so text order is date order.
CREATE TABLE calendar_overrides (
    day         TEXT NOT NULL PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('day_off', 'working_day')),
    name        TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- One row. Every calendar change bumps it first, which serialises changes across processes and
-- tells each process's cached calendar that it is stale.
CREATE TABLE calendar_revision (
    id        INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    revision  INTEGER NOT NULL
);
INSERT INTO calendar_revision (id, revision) VALUES (1, 1);

-- OfficialSchedules.Seed (2025, 2026), seeded here and not from code so that it happens exactly
-- once: a seeded day an administrator deletes stays deleted. A test checks the two agree.
INSERT INTO calendar_overrides (day, kind, name, updated_at) VALUES
    ('2025-01-27', 'day_off', 'Tết Nguyên đán', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('2025-04-26', 'working_day', 'Làm bù cho ngày nghỉ 02/5/2025', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('2025-05-02', 'day_off', 'Nghỉ hoán đổi dịp 30/4 – 1/5', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('2026-01-02', 'day_off', 'Nghỉ hoán đổi dịp Tết Dương lịch', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('2026-01-10', 'working_day', 'Làm bù cho ngày nghỉ 02/01/2026', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('2026-04-27', 'day_off', 'Nghỉ bù Giỗ Tổ Hùng Vương', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('2026-08-22', 'working_day', 'Làm bù cho ngày nghỉ 31/8/2026', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('2026-08-31', 'day_off', 'Nghỉ hoán đổi dịp Quốc khánh', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
