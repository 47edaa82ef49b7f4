-- expect: SG314@4
SET lock_timeout = '5s';
RESET ALL;
ALTER TABLE alerts ADD COLUMN y int;
