-- setup: @app
-- expect: SG206
WITH moved AS (DELETE FROM alerts RETURNING *)
INSERT INTO alerts_archive SELECT * FROM moved;
