-- expect: SG314@2
ALTER TABLE alerts ADD COLUMN x int;
SET lock_timeout = '5s';
ALTER TABLE alerts ADD COLUMN y int;
