-- setup: @app
-- expect: SG314@5
SET lock_timeout = '5s';
RESET ALL;
ALTER TABLE alerts ADD COLUMN y int;
