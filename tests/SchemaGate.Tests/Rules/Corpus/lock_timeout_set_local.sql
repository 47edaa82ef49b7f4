-- expect: none
SET LOCAL lock_timeout = '2s';
ALTER TABLE alerts DROP CONSTRAINT c;
