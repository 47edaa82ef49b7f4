-- expect: none
VACUUM (FULL false, ANALYZE) alerts;
