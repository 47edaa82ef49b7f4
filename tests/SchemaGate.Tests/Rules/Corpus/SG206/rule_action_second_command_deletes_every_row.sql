-- setup: @app
-- expect: SG206@4=public.alerts_archive
CREATE TABLE purge_requests (id bigint);
CREATE RULE purge_on_request AS ON INSERT TO purge_requests DO ALSO (UPDATE alerts_archive SET id = id WHERE id = NEW.id; DELETE FROM alerts_archive);
INSERT INTO purge_requests VALUES (1);
