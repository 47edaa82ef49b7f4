-- setup: @typed
-- expect: SG334
-- not: SG208 SG316
SET lock_timeout = '5s';
ALTER TABLE docs ALTER COLUMN slug TYPE varchar(40) USING slug::varchar(40);
