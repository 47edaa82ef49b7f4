-- setup: @app
-- expect: none
SET lock_timeout = '5s';
ALTER TABLE alerts ADD CONSTRAINT agent_not_null CHECK (agent_id IS NOT NULL) NOT VALID;
-- next migration
ALTER TABLE alerts VALIDATE CONSTRAINT agent_not_null;
-- next migration
SET lock_timeout = '5s';
ALTER TABLE alerts ALTER COLUMN agent_id SET NOT NULL;
