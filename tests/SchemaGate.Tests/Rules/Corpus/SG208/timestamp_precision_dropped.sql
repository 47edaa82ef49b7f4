-- setup: @typed
-- expect: SG332
-- not: SG208 SG316
SET lock_timeout = '5s';
ALTER TABLE docs ALTER COLUMN happened TYPE timestamp;
