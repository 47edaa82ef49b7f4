-- setup: @app
-- expect: SG301
SET lock_timeout = '5s';
CREATE INDEX alerts_tmp_idx ON alerts (raised_at);
DROP INDEX alerts_tmp_idx;
