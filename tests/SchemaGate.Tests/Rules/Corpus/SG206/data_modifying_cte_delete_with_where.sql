-- setup: @app
-- expect: none
WITH moved AS (DELETE FROM alerts WHERE resolved RETURNING *)
INSERT INTO alerts_archive SELECT * FROM moved;
