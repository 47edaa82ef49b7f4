-- setup: @app
-- expect: none
UPDATE ONLY alerts AS a SET note = 'x' WHERE a.id = 1;
