-- setup: @app
-- expect: none
-- note: a WHERE clause, even an always-true one, is the author's explicit choice; the rule is about forgetting it.
DELETE FROM events WHERE kind IS NOT NULL OR kind IS NULL;
