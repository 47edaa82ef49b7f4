-- setup: @app
-- expect: none
-- expect-traced: SG201
CREATE FUNCTION retire_archive() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DROP TABLE alerts_archive;
END $$;
SELECT retire_archive();
