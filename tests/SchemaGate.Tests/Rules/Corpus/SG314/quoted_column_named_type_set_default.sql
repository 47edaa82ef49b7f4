-- setup: CREATE TABLE t (id int, type text);
-- expect: SG314
ALTER TABLE t ALTER COLUMN "type" SET DEFAULT 'x';
