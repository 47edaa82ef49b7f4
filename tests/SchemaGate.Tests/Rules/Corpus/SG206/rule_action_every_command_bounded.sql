-- setup: @app
-- expect: none
CREATE TABLE purge_requests (id bigint);
CREATE RULE purge_on_request AS ON INSERT TO purge_requests DO ALSO (DELETE FROM alerts_archive WHERE id = NEW.id; DELETE FROM alerts_archive WHERE id = NEW.id + 1);
INSERT INTO purge_requests VALUES (1);
