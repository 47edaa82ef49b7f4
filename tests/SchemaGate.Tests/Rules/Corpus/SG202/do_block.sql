-- setup: @app
-- setup: CREATE SCHEMA old; CREATE TABLE old.t (id int);
-- expect: none
-- expect-traced: SG202 SG203 SG206
DO $$
BEGIN
    ALTER TABLE alerts DROP COLUMN payload;
    EXECUTE 'DROP SCHEMA old CASCADE';
    DELETE FROM alerts;
END
$$;
