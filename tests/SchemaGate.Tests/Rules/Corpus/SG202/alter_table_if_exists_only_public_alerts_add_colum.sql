-- expect: SG202@4=public.alerts.payload SG314
ALTER TABLE IF EXISTS ONLY Public.Alerts
  ADD COLUMN x int,
  DROP payload CASCADE;
