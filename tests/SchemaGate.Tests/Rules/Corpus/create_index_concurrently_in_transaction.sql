-- expect: SG303
CREATE INDEX CONCURRENTLY ix ON alerts (x);
