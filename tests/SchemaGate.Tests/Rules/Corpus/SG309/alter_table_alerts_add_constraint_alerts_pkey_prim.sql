-- setup: @app
-- expect: SG314
-- not: SG309
ALTER TABLE alerts ADD CONSTRAINT alerts_pkey PRIMARY KEY USING INDEX alerts_id_idx;
