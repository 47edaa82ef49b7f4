-- expect: SG303@3
-- expect-traced: SG110
REINDEX (CONCURRENTLY) TABLE alerts;
