-- setup: CREATE TABLE "Invoices" (id bigint PRIMARY KEY, "Total" numeric NOT NULL); INSERT INTO "Invoices" VALUES (1, 2);
-- expect: SG322=public."Invoices"."Total"
SET lock_timeout = '5s';
ALTER TABLE "Invoices" ALTER "Total" DROP NOT NULL;
