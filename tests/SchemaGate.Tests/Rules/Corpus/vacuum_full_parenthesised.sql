-- expect: SG311 SG314
VACUUM (FULL, ANALYZE) alerts;
