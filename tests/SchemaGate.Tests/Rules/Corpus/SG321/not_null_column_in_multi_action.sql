-- setup: @app
-- expect: SG321=public.events.source
SET lock_timeout = '5s';
ALTER TABLE events ADD COLUMN note text, ADD COLUMN source text NOT NULL, ALTER COLUMN kind SET DEFAULT 'misc';
