-- setup: CREATE SCHEMA ops; CREATE TABLE ops.alerts (id int);
--   INSERT INTO ops.alerts VALUES (1), (2);
-- expect: SG301@4=ops.ix
CREATE UNIQUE INDEX IF NOT EXISTS ix ON ONLY ops.alerts USING btree (id);
