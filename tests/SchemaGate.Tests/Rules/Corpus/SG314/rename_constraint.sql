-- setup: @app
-- setup: ALTER TABLE alerts ADD CONSTRAINT a CHECK (level >= 0);
-- expect: SG314
ALTER TABLE alerts RENAME CONSTRAINT a TO b;
