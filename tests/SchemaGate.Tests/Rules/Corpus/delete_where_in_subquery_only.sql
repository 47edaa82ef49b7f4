-- expect: SG206
DELETE FROM alerts USING (SELECT id FROM old WHERE id > 0) o;
