-- expect: none
-- not: SG204
-- DROP DATABASE prod;
SELECT 1;
