-- setup: @typed
-- expect: none
-- not: SG208 SG316
SET lock_timeout = '5s';
ALTER TABLE docs ALTER COLUMN net TYPE inet;
