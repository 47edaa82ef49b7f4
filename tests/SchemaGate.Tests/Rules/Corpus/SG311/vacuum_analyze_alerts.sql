-- expect: SG109
-- expect-traced: SG110
-- not: SG311
VACUUM ANALYZE alerts;
