-- expect: none
CREATE OR REPLACE FUNCTION purge() RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
    DROP TABLE alerts;
    ALTER TABLE agents DROP COLUMN note;
    DELETE FROM audit;
    UPDATE x SET y = 1;
    TRUNCATE z;
    BEGIN
        CREATE INDEX i ON alerts (x);
    END;
END;
$fn$;
