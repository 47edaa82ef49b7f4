-- expect: none
DO LANGUAGE plpgsql $do$ BEGIN TRUNCATE alerts; VACUUM FULL alerts; END $do$;
