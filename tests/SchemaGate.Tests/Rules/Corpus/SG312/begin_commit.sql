-- expect: none
-- expect-traced: SG110
BEGIN;
SELECT 1;
COMMIT;
