-- setup: @app
-- expect: SG314
-- expect-traced: SG316=public.events
ALTER TABLE events SET UNLOGGED;
