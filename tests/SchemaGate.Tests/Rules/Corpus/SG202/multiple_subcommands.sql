-- setup: @app
-- expect: SG202@5 SG208@6 SG314@3
ALTER TABLE alerts
    ADD COLUMN note2 text,
    DROP COLUMN payload,
    ALTER COLUMN level TYPE bigint;
