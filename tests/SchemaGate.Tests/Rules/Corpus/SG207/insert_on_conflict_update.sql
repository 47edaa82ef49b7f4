-- setup: @app
-- expect: none
INSERT INTO settings (key, value) VALUES ('a', 1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
