-- expect: SG312@3 SG314
-- expect-traced: SG110
BEGIN;
ALTER TABLE a ADD COLUMN b int;
