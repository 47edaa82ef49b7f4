-- expect: SG109
-- expect-traced: SG110
VACUUM (VERBOSE, ANALYZE) alerts;
ANALYZE alerts;
