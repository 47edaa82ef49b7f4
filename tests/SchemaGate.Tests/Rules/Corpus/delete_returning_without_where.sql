-- expect: SG206
DELETE FROM "Alerts" RETURNING *;
