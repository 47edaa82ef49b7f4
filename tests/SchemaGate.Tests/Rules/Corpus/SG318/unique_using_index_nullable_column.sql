-- setup: CREATE TABLE accounts (id bigint, email text);
--   CREATE UNIQUE INDEX accounts_email_key ON accounts (email);
--   INSERT INTO accounts SELECT g, 'u' || g FROM generate_series(1, 200) g;
-- expect: none
-- note: UNIQUE allows NULL: no SET NOT NULL, no scan.
SET lock_timeout = '5s';
ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE USING INDEX accounts_email_key;
