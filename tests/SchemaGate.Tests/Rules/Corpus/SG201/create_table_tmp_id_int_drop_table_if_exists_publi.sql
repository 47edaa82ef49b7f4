-- expect: none
-- not: SG201
CREATE TABLE "Tmp" (id int);
DROP TABLE IF EXISTS public."Tmp";
