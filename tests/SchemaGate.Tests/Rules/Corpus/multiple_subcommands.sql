-- expect: SG202@4 SG208@5 SG314@2
ALTER TABLE alerts
    ADD COLUMN note text,
    DROP COLUMN payload,
    ALTER COLUMN level TYPE bigint;
