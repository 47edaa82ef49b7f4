-- setup: @app
-- setup: CREATE INDEX alerts_raised_at_idx ON alerts (raised_at);
-- expect: SG301@4 SG302@6 SG314@6
CREATE INDEX ON alerts_archive (raised_at);
-- dropped index is the one an earlier script created, not this one (different table)
DROP INDEX alerts_raised_at_idx;
