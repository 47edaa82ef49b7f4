-- setup: @app
-- expect: SG308=public.events.seq SG331
SET lock_timeout = '5s';
ALTER TABLE events ADD COLUMN seq serial;
