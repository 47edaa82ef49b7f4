-- setup: CREATE SCHEMA "App"; CREATE SCHEMA app; CREATE TABLE app.agents (id int PRIMARY KEY);
--   CREATE TABLE "App"."Alerts" (id int, agent_id int);
--   INSERT INTO app.agents VALUES (1); INSERT INTO "App"."Alerts" VALUES (1, 1);
-- expect: SG304@6 SG320
-- a foreign key takes SHARE ROW EXCLUSIVE, not ACCESS EXCLUSIVE: no SG314
ALTER TABLE "App"."Alerts" ADD CONSTRAINT "Alerts_Agent_fk" FOREIGN KEY (agent_id) REFERENCES app.agents (id) ON DELETE CASCADE;
