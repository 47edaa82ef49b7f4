-- expect: SG311 SG314 SG109
-- expect-traced: SG110
VACUUM (FULL, ANALYZE) alerts;
