-- setup: @app
-- setup: CREATE INDEX alerts_level_id_idx ON alerts (level_id);
-- expect: SG304=public.alerts.alerts_level_fk SG330
CREATE TABLE level_names (id int PRIMARY KEY, name text);
INSERT INTO level_names SELECT id, 'l' || id FROM levels;
ALTER TABLE alerts ADD CONSTRAINT alerts_level_fk FOREIGN KEY (level_id) REFERENCES level_names (id);
