-- setup: @app
-- expect: none
UPDATE alerts SET note = 'checked' WHERE id BETWEEN 1 AND 100;
