-- expect: none
CREATE TABLE owners (id bigint PRIMARY KEY, name text NOT NULL);
ALTER TABLE owners ALTER COLUMN name DROP NOT NULL;
