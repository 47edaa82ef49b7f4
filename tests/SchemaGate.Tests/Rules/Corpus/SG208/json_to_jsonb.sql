-- setup: CREATE TABLE events (id bigint PRIMARY KEY, body json);
--   INSERT INTO events SELECT g, json_build_object('n', g) FROM generate_series(1, 50) g;
-- expect: SG208 SG314
ALTER TABLE events ALTER COLUMN body TYPE jsonb USING body::jsonb;
