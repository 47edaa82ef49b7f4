-- setup: @app
-- setup: CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
-- expect: SG308@4=public.alerts.u SG314
ALTER TABLE alerts ADD COLUMN u uuid DEFAULT uuid_generate_v4();
