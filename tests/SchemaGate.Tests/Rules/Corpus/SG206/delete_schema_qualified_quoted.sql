-- setup: CREATE SCHEMA "Ops"; CREATE TABLE "Ops".queue (id int); INSERT INTO "Ops".queue VALUES (1);
-- expect: SG206="Ops".queue
DELETE FROM "Ops".queue;
