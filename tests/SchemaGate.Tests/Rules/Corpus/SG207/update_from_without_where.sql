-- setup: @app
-- expect: SG207
UPDATE alerts SET level = l.level FROM levels l;
