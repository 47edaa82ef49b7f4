-- setup: @app
-- expect: SG301=public.alerts_lower_payload_idx
CREATE INDEX alerts_lower_payload_idx ON alerts (lower(payload));
