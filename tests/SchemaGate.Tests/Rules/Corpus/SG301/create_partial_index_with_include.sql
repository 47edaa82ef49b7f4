-- setup: @app
-- expect: SG301=public.alerts_open_idx
CREATE INDEX alerts_open_idx ON alerts USING btree (raised_at DESC) INCLUDE (level) WHERE NOT resolved;
