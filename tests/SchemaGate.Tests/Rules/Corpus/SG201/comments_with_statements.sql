-- expect: none
-- DROP TABLE alerts;
/* TRUNCATE alerts; /* nested DELETE FROM x; */ */
SELECT 1;
