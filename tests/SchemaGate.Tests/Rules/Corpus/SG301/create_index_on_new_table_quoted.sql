-- expect: none
CREATE TABLE "Escalations" ("AlertId" bigint);
CREATE INDEX "Escalations_AlertId_idx" ON "Escalations" ("AlertId");
