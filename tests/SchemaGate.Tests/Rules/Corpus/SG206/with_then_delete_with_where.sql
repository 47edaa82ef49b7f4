-- setup: @app
-- expect: none
WITH old AS (SELECT id FROM alerts WHERE raised_at < now() - interval '1 year')
DELETE FROM alerts WHERE id IN (SELECT id FROM old);
