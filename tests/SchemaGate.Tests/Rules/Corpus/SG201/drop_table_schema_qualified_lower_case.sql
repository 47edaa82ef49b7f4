-- setup: CREATE SCHEMA audit; CREATE TABLE audit.log (id bigint, msg text); INSERT INTO audit.log VALUES (1, 'a');
-- expect: SG201=audit.log SG314
DROP TABLE AUDIT.LOG;
