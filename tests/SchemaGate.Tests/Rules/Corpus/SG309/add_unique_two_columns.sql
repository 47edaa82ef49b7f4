-- setup: @app
-- expect: SG309=public.alerts.alerts_agent_raised_key
SET lock_timeout = '5s';
ALTER TABLE alerts ADD CONSTRAINT alerts_agent_raised_key UNIQUE (agent_id, raised_at);
