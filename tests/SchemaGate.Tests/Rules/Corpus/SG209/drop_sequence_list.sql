-- expect: SG209
DROP SEQUENCE IF EXISTS app."Alerts_id_seq", other_seq;
