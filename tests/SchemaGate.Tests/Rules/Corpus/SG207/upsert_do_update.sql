-- setup: @app
-- expect: none
INSERT INTO settings (key, value) VALUES ('a', 10), ('c', 3) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
