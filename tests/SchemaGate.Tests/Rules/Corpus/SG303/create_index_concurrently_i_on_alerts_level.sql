-- expect: SG303@3
-- expect-traced: SG110
CREATE INDEX CONCURRENTLY i ON alerts (level);
