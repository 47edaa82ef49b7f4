-- setup: @app
-- setup: ALTER TABLE alerts ADD CONSTRAINT keys_present CHECK ((agent_id IS NOT NULL) AND level IS NOT NULL);
-- expect: none
SET lock_timeout = '5s';
ALTER TABLE alerts ALTER COLUMN agent_id SET NOT NULL, ALTER COLUMN level SET NOT NULL;
