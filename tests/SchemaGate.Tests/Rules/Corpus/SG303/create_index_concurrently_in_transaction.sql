-- expect: SG303
-- expect-traced: SG110
CREATE INDEX CONCURRENTLY ix ON alerts (x);
