-- setup: @typed
-- expect: none
-- expect-traced: SG334
-- not: SG208 SG316
-- note: the hidden statement's column type is unknown to the linter; the traced run saw the table keep its data file.
DO $$ BEGIN EXECUTE 'ALTER TABLE docs ALTER COLUMN slug TYPE varchar(60)'; END $$;
