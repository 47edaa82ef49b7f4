-- setup: CREATE SCHEMA legacy; CREATE TABLE legacy.t (id int); INSERT INTO legacy.t VALUES (1);
-- expect: none
-- expect-traced: SG203
CREATE FUNCTION drop_legacy() RETURNS void LANGUAGE plpgsql AS $$ BEGIN EXECUTE 'DROP SCHEMA legacy CASCADE'; END $$;
SELECT drop_legacy();
