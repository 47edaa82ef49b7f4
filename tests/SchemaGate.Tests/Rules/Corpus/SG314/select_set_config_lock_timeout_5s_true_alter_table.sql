-- setup: @app
-- expect: SG310
-- not: SG314 SG201
SELECT set_config('lock_timeout', '5s', true);
ALTER TABLE alerts RENAME TO notices;
