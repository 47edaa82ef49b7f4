-- setup: @app
-- expect: SG206=public.events
DELETE FROM ONLY events;
