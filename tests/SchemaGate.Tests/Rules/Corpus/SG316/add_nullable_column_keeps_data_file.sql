-- setup: @app
-- expect: none
-- not: SG316
SET lock_timeout = '5s';
ALTER TABLE events ADD COLUMN rank int;
