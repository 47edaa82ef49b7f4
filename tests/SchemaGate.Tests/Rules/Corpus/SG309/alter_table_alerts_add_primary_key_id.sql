-- setup: @app
-- expect: SG309@3=public.alerts SG314
ALTER TABLE alerts ADD PRIMARY KEY (id);
