-- setup: @app
-- expect: SG206=public.events
WITH counted AS (SELECT count(*) FROM events),
     gone AS (DELETE FROM events RETURNING id)
SELECT * FROM counted, (SELECT count(*) FROM gone) g;
