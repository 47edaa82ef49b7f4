-- setup: CREATE TYPE state AS ENUM ('new', 'done'); CREATE TABLE jobs (id bigint, s state);
-- expect: SG109
-- expect-traced: SG110
SET lock_timeout = '5s';
ALTER TYPE state ADD VALUE IF NOT EXISTS 'queued';
ALTER TABLE jobs ALTER COLUMN s SET DEFAULT 'queued';
