-- expect: SG201@4 SG314@4
CREATE TABLE "Alerts" (id int);
-- unquoted names fold to lower case: this is public.alerts, not "Alerts"
DROP TABLE Alerts;
