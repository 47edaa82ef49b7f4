-- expect: SG208 SG314
ALTER TABLE t ALTER type TYPE text;
