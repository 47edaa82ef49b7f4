-- setup: @app
-- setup: ALTER TABLE agents RENAME CONSTRAINT agents_pkey TO alerts_pkey_old;
--   ALTER TABLE alerts ADD CONSTRAINT alerts_pkey PRIMARY KEY USING INDEX alerts_id_idx;
-- expect: SG314
-- not: SG202
ALTER TABLE alerts DROP CONSTRAINT alerts_pkey;
