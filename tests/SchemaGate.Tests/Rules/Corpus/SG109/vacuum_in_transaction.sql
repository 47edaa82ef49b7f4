-- setup: @app
-- expect: SG109
-- expect-traced: SG110
VACUUM alerts;
