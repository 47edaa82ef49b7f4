-- setup: @app
-- setup: CREATE TABLE old (id int);
-- expect: SG206
DELETE FROM alerts USING (SELECT id FROM old WHERE id > 0) o;
