-- setup: @app
-- expect: none
-- expect-traced: SG315=public.alerts
CREATE FUNCTION freeze_alerts() RETURNS void LANGUAGE plpgsql AS $$ BEGIN LOCK TABLE alerts IN SHARE MODE; END $$;
SELECT freeze_alerts();
