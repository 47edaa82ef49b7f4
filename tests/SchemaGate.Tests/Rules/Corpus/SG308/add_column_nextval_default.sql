-- setup: @app
-- setup: CREATE SEQUENCE alerts_seq;
-- expect: SG308 SG314
ALTER TABLE alerts ADD COLUMN seq bigint DEFAULT nextval('alerts_seq'::regclass);
