-- setup: CREATE UNLOGGED TABLE samples (id bigint PRIMARY KEY, v float8);
--   INSERT INTO samples SELECT g, g FROM generate_series(1, 200) g;
-- expect: SG308=public.samples.c
SET lock_timeout = '5s';
ALTER TABLE samples SET LOGGED, ADD COLUMN c float8 DEFAULT random();
