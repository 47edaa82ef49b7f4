-- The application most corpus cases change: agents raise alerts; a partitioned measurements table; events and settings.
-- Production holds rows in each (the INSERTs), the ephemeral copy of its history does not.
CREATE TABLE agents (id bigint PRIMARY KEY, name text NOT NULL, note text);
CREATE TABLE levels (id int PRIMARY KEY, level int NOT NULL);
CREATE TABLE alerts (
    id bigint NOT NULL,
    agent_id bigint,
    level int,
    level_id int,
    payload text,
    note text,
    code text,
    token uuid,
    raised_at timestamptz NOT NULL DEFAULT now(),
    resolved boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX alerts_id_idx ON alerts (id);
CREATE INDEX alerts_level_idx ON alerts (level);
CREATE UNIQUE INDEX alerts_code_idx ON alerts (code);
CREATE TABLE alerts_archive (LIKE alerts);
CREATE TABLE events (id bigint PRIMARY KEY, body jsonb, kind text);
CREATE TABLE settings (key text PRIMARY KEY, value int);
CREATE TABLE measurements (id bigint NOT NULL, taken_on date NOT NULL, value numeric) PARTITION BY RANGE (taken_on);
CREATE TABLE m_2020 PARTITION OF measurements FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
CREATE TABLE m_2025 PARTITION OF measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE m_2026 (id bigint NOT NULL, taken_on date NOT NULL, value numeric);
INSERT INTO agents SELECT g, 'agent ' || g, NULL FROM generate_series(1, 20) g;
INSERT INTO levels SELECT g, g FROM generate_series(1, 5) g;
INSERT INTO alerts (id, agent_id, level, level_id, payload, code, raised_at)
    SELECT g, 1 + g % 20, g % 5, 1 + g % 5, 'payload ' || g, 'c' || g, now() - g * interval '1 hour' FROM generate_series(1, 500) g;
INSERT INTO events SELECT g, jsonb_build_object('n', g), 'k' || (g % 3) FROM generate_series(1, 50) g;
INSERT INTO settings VALUES ('a', 1), ('b', 2);
INSERT INTO measurements SELECT g, date '2020-01-01' + g, g FROM generate_series(1, 300) g;
