-- expect: none
VACUUM (VERBOSE, ANALYZE) alerts;
ANALYZE alerts;
