-- setup: @app
-- setup: DO $$ BEGIN EXECUTE 'CREATE FUNCTION app_default() RETURNS jsonb LANGUAGE sql IMMUTABLE AS $f$ SELECT ''{}''::jsonb $f$'; END $$;
-- expect: SG308=public.alerts.extra
-- expect-traced: -SG308
-- note: no script text declares app_default (a DO block created it): unknown statically; the traced run saw no rewrite.
SET lock_timeout = '5s';
ALTER TABLE alerts ADD COLUMN extra jsonb DEFAULT app_default();
