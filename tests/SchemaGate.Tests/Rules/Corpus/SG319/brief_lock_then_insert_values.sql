-- setup: @app
-- expect: none
SET lock_timeout = '5s';
ALTER TABLE settings ADD COLUMN note text;
INSERT INTO settings (key, value, note) VALUES ('z', 0, 'added');
