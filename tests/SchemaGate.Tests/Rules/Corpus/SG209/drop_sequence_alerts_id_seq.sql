-- setup: CREATE SEQUENCE alerts_id_seq;
-- expect: SG209@3=public.alerts_id_seq
DROP SEQUENCE alerts_id_seq;
