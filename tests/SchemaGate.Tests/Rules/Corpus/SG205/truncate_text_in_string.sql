-- setup: @app
-- expect: none
INSERT INTO settings (key, value) VALUES ('TRUNCATE alerts', 1);
