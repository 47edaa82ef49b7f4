-- setup: @app
-- expect: SG201@5 SG314@5
CREATE TABLE "Alerts" (id int);
-- unquoted names fold to lower case: this is public.alerts, not "Alerts"
DROP TABLE Alerts;
