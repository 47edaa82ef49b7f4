-- expect: SG304@3
-- a foreign key takes SHARE ROW EXCLUSIVE, not ACCESS EXCLUSIVE: no SG314
ALTER TABLE "App"."Alerts" ADD CONSTRAINT "Alerts_Agent_fk" FOREIGN KEY (agent_id) REFERENCES app.agents (id) ON DELETE CASCADE;
