-- expect: none
CREATE TABLE owners (id bigint PRIMARY KEY);
ALTER TABLE owners ADD COLUMN name text NOT NULL;
