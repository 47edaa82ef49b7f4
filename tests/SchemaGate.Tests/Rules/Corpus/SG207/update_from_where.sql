-- setup: @app
-- expect: none
UPDATE alerts a SET level = l.level FROM levels l WHERE l.id = a.level_id;
