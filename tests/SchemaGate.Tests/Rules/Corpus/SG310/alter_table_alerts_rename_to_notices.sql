-- setup: @app
-- expect: SG310@4=public.alerts SG314
-- not: SG201
ALTER TABLE alerts RENAME TO notices;
