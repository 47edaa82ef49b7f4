-- expect: SG201@3=public.alerts SG314
CREATE TABLE "Alerts" (id int);
DROP TABLE IF EXISTS alerts;
