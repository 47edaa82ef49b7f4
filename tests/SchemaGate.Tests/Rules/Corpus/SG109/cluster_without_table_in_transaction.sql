-- setup: @app
-- expect: SG109 SG311
-- expect-traced: SG110
CLUSTER;
