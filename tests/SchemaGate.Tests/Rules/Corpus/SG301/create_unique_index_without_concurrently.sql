-- setup: @app
-- expect: SG301
CREATE UNIQUE INDEX alerts_code_key ON alerts (code);
