-- setup: CREATE SCHEMA reporting; CREATE TABLE reporting.daily (day date PRIMARY KEY, n int);
--   INSERT INTO reporting.daily VALUES (current_date, 3);
-- expect: SG203=reporting
DROP SCHEMA IF EXISTS reporting CASCADE;
