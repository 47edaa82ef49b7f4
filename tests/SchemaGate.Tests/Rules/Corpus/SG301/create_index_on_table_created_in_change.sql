-- setup: @app
-- expect: none
CREATE TABLE escalations (id bigint PRIMARY KEY, alert_id bigint NOT NULL, at timestamptz NOT NULL);
-- next migration
CREATE INDEX escalations_alert_id_idx ON escalations (alert_id);
