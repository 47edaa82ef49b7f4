-- expect: none
BEGIN;
SELECT 1;
COMMIT;
