-- setup: @app
-- expect: SG207@4=public.settings
CREATE TABLE reset_requests (id int);
CREATE OR REPLACE RULE reset_all AS ON INSERT TO reset_requests DO INSTEAD (DELETE FROM reset_requests WHERE id = NEW.id; UPDATE settings SET value = 0);
INSERT INTO reset_requests VALUES (1);
