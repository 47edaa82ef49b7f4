-- expect: none
CREATE TABLE "public"."Staging" (id int);
DROP TABLE IF EXISTS "Staging";
