-- setup: CREATE TABLE accounts (id bigint NOT NULL, email text);
--   CREATE UNIQUE INDEX accounts_id_key ON accounts (id);
--   INSERT INTO accounts SELECT g, 'u' || g FROM generate_series(1, 200) g;
-- expect: none
SET lock_timeout = '5s';
ALTER TABLE accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY USING INDEX accounts_id_key;
