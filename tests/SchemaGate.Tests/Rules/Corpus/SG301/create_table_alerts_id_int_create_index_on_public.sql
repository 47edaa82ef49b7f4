-- expect: none
-- not: SG301
CREATE TABLE "Alerts" (id int);
CREATE INDEX ON public."Alerts" (id);
