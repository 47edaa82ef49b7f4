-- expect: SG301
CREATE INDEX IF NOT EXISTS ix ON ONLY app.alerts USING btree (x);
