-- setup: CREATE TABLE accounts (id bigint, email text);
--   CREATE UNIQUE INDEX accounts_id_key ON accounts (id);
--   INSERT INTO accounts SELECT g, 'u' || g FROM generate_series(1, 200) g;
-- expect: SG318=public.accounts.accounts_pkey
SET lock_timeout = '5s';
ALTER TABLE accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_id_key;
