-- setup: @app
-- expect: SG313 SG314
ALTER TABLE events ADD COLUMN meta json;
