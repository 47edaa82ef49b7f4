-- setup: @app
-- setup: CREATE FUNCTION one() RETURNS int LANGUAGE sql VOLATILE AS $$ SELECT 1 $$;
-- expect: SG308=public.alerts.start_level
-- expect-traced: -SG308
-- note: declared VOLATILE, but PostgreSQL inlines the SQL function to the constant 1 and stores the default once: the
--   traced run saw the table keep its data file and withdraws the static guess.
SET lock_timeout = '5s';
ALTER TABLE alerts ADD COLUMN start_level int DEFAULT one();
