-- expect: SG314
DROP TRIGGER IF EXISTS alerts_touch ON alerts;
