-- expect: SG201@3=audit.events SG314
SELECT 1;
DROP TABLE IF EXISTS audit.events CASCADE;
