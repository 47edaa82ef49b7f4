-- expect: SG309 SG314
ALTER TABLE ONLY "App"."Alerts" ADD CONSTRAINT "Alerts_Code_key" UNIQUE ("Code");
