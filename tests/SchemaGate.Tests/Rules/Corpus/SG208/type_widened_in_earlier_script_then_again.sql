-- setup: @typed
-- expect: SG334
-- not: SG208
SET lock_timeout = '5s';
ALTER TABLE docs ALTER COLUMN slug TYPE varchar(30);
-- next migration
SET lock_timeout = '5s';
ALTER TABLE docs ALTER COLUMN slug TYPE varchar(40);
