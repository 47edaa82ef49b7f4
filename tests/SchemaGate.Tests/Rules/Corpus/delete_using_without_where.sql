-- expect: SG206
DELETE FROM x USING y;
