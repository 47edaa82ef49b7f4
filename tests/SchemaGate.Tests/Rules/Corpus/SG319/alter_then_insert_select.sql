-- setup: @app
-- expect: SG319
SET lock_timeout = '5s';
ALTER TABLE alerts_archive ADD COLUMN archived_at timestamptz;
INSERT INTO alerts_archive (id, level, raised_at, resolved, archived_at) SELECT id, level, raised_at, resolved, now() FROM alerts WHERE resolved;
