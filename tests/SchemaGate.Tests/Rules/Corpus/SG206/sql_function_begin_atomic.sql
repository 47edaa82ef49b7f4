-- setup: @app
-- expect: none
CREATE FUNCTION wipe() RETURNS void LANGUAGE sql
BEGIN ATOMIC
    DELETE FROM alerts;
    UPDATE agents SET note = NULL;
END;
