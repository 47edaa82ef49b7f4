-- setup: @app
-- setup: ALTER TABLE alerts ADD CONSTRAINT fk FOREIGN KEY (agent_id) REFERENCES agents (id) NOT VALID;
-- expect: none
-- not: SG306
ALTER TABLE alerts VALIDATE CONSTRAINT fk;
