-- expect: SG301@2 SG302@4 SG314@4
CREATE INDEX ON alerts_archive (raised_at);
-- dropped index is the one an earlier script created, not this one (different table)
DROP INDEX alerts_raised_at_idx;
