-- expect: none
DO $$
BEGIN
    ALTER TABLE alerts DROP COLUMN payload;
    EXECUTE 'DROP SCHEMA old CASCADE';
    DELETE FROM alerts;
END
$$;
