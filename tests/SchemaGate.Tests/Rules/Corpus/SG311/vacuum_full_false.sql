-- expect: SG109
-- expect-traced: SG110
VACUUM (FULL false, ANALYZE) alerts;
