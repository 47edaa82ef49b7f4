-- setup: CREATE SCHEMA "Billing"; CREATE TABLE "Billing"."Invoices" (id bigint PRIMARY KEY, total numeric);
--   INSERT INTO "Billing"."Invoices" VALUES (1, 10), (2, 20);
-- expect: SG201="Billing"."Invoices"
SET lock_timeout = '5s';
DROP TABLE "Billing"."Invoices";
