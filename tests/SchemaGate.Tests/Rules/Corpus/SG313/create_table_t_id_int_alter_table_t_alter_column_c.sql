-- expect: SG313@3=public.t.c
CREATE TABLE t (id int, c text);
ALTER TABLE t ALTER COLUMN c TYPE json USING c::json;
