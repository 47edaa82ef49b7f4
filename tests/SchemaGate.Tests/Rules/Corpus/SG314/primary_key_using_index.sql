-- setup: @app
-- expect: SG314
ALTER TABLE alerts ADD CONSTRAINT alerts_pkey PRIMARY KEY USING INDEX alerts_id_idx;
