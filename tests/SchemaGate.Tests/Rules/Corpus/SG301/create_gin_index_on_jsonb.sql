-- setup: @app
-- expect: SG301
CREATE INDEX events_body_gin ON events USING gin (body jsonb_path_ops);
