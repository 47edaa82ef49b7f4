-- expect: SG314
-- expect-traced: SG110
-- not: SG312
BEGIN;
ALTER TABLE a ADD COLUMN b int;
COMMIT;
