-- setup: @app
-- setup: CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
--   CREATE TRIGGER alerts_touch BEFORE UPDATE ON alerts FOR EACH ROW EXECUTE FUNCTION touch();
--   ALTER TABLE alerts DISABLE TRIGGER alerts_touch;
-- expect: none
ALTER TABLE alerts ALTER COLUMN level SET STATISTICS 500;
ALTER TABLE alerts SET (fillfactor = 70);
ALTER TABLE alerts RESET (fillfactor);
ALTER TABLE alerts ENABLE TRIGGER alerts_touch;
ALTER TABLE alerts CLUSTER ON alerts_id_idx;
ALTER TABLE alerts SET WITHOUT CLUSTER;
ALTER TABLE measurements ATTACH PARTITION m_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
