-- setup: @app
-- expect: none
SELECT set_config('lock_timeout', '4s', false);
ALTER TABLE alerts ADD COLUMN acked boolean;
