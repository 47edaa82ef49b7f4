-- setup: @app
-- expect: SG313@3=public.events.meta SG314
ALTER TABLE events ADD COLUMN meta json[];
