-- setup: CREATE SEQUENCE alerts_id_seq;
-- expect: none
-- not: SG209
ALTER SEQUENCE alerts_id_seq RESTART WITH 100;
