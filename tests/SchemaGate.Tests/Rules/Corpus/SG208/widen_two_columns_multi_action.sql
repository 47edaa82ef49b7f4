-- setup: @typed
-- expect: SG334
-- not: SG208 SG316
SET lock_timeout = '5s';
ALTER TABLE docs ALTER COLUMN title TYPE varchar(80), ALTER COLUMN slug TYPE text;
