-- expect: SG207
WITH touched AS MATERIALIZED (UPDATE alerts SET seen = true RETURNING id)
SELECT count(*) FROM touched;
