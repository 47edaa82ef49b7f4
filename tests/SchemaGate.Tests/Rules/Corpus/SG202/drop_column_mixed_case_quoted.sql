-- setup: CREATE TABLE "Users" (id bigint PRIMARY KEY, "LegacyEmail" text); INSERT INTO "Users" VALUES (1, 'a@b');
-- expect: SG202=public."Users"."LegacyEmail"
SET lock_timeout = '5s';
ALTER TABLE public."Users" DROP COLUMN "LegacyEmail";
