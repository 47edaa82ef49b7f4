-- expect: none
CREATE PROCEDURE batch() LANGUAGE plpgsql AS $$ BEGIN UPDATE a SET b = 1; COMMIT; END $$;
