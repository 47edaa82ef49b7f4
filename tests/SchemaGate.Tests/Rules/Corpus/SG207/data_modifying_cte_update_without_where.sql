-- setup: @app
-- setup: ALTER TABLE alerts ADD COLUMN seen boolean;
-- expect: SG207
WITH touched AS MATERIALIZED (UPDATE alerts SET seen = true RETURNING id)
SELECT count(*) FROM touched;
