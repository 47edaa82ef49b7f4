-- expect: SG311
REINDEX INDEX alerts_pkey;
