-- setup: CREATE SCHEMA reporting; CREATE TABLE reporting.daily (day date, n int);
--   INSERT INTO reporting.daily VALUES (current_date, 1);
-- expect: SG203@4=reporting
DROP SCHEMA reporting CASCADE;
