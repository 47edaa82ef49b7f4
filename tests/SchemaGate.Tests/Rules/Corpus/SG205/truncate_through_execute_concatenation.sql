-- setup: @app
-- expect: none
-- expect-traced: SG205
DO $$
DECLARE t text := 'alerts';
BEGIN
  EXECUTE 'TRUNCATE TABLE ' || t || ' RESTART IDENTITY';
END $$;
