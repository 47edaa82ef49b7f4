-- expect: SG311 SG314
CLUSTER alerts USING alerts_pkey;
