-- setup: @app
-- expect: SG305=public.alerts.priority
SET lock_timeout = '5s';
ALTER TABLE alerts ADD COLUMN priority int DEFAULT 1 CHECK (priority BETWEEN 1 AND 5);
