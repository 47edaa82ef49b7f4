-- setup: CREATE TABLE notes (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, body text);
-- expect: none
INSERT INTO notes (body) VALUES ('DROP TABLE alerts; DELETE FROM x; ALTER TABLE y DROP COLUMN z'), ($$TRUNCATE a;$$), (E'UPDATE b SET c = 1\';');
