-- expect: none
CREATE TABLE alerts (id int, payload text, level int);
ALTER TABLE alerts ADD COLUMN note text, DROP COLUMN payload, ALTER COLUMN level TYPE bigint, ALTER COLUMN level SET NOT NULL;
