-- setup: @app
-- setup: ALTER TABLE alerts ADD CONSTRAINT agent_not_null CHECK (agent_id IS NOT NULL);
-- expect: SG307=public.alerts.level
SET lock_timeout = '5s';
ALTER TABLE alerts ALTER COLUMN level SET NOT NULL;
