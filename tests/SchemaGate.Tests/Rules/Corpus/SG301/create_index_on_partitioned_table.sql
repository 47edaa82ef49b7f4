-- setup: @app
-- expect: SG301=public.measurements_taken_on_idx
CREATE INDEX measurements_taken_on_idx ON measurements (taken_on);
