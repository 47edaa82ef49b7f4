-- setup: @app
-- expect: SG311=public.events SG314
-- schemagate:no-transaction
VACUUM FULL events;
