-- expect: none
ALTER TABLE alerts ADD CONSTRAINT alerts_agent_fk FOREIGN KEY (agent_id) REFERENCES agents (id) NOT VALID;
