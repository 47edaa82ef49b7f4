-- setup: @app
-- setup: CREATE TABLE b (id int); INSERT INTO b VALUES (1);
-- expect: SG201 SG205
-- not: SG314
SET LOCAL lock_timeout TO '3s';
DROP TABLE alerts;
TRUNCATE b;
