-- setup: @app
-- expect: none
-- not: SG314
SET lock_timeout = '5s';
ALTER TABLE alerts ADD COLUMN remark text;
