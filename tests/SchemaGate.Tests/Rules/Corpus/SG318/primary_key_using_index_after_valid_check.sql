-- setup: CREATE TABLE accounts (id bigint, email text);
--   CREATE UNIQUE INDEX accounts_id_key ON accounts (id);
--   ALTER TABLE accounts ADD CONSTRAINT accounts_id_not_null CHECK (id IS NOT NULL) NOT VALID;
--   ALTER TABLE accounts VALIDATE CONSTRAINT accounts_id_not_null;
--   INSERT INTO accounts SELECT g, 'u' || g FROM generate_series(1, 200) g;
-- expect: none
SET lock_timeout = '5s';
ALTER TABLE accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_id_key;
