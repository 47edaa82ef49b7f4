-- setup: CREATE TABLE contacts (id bigint PRIMARY KEY, email text, CONSTRAINT email_present CHECK (email IS NOT NULL));
--   INSERT INTO contacts VALUES (1, 'a@b');
-- expect: none
SET lock_timeout = '5s';
ALTER TABLE contacts ALTER COLUMN email SET NOT NULL;
