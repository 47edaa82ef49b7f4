-- expect: none
-- not: SG205
SELECT 'TRUNCATE alerts';
