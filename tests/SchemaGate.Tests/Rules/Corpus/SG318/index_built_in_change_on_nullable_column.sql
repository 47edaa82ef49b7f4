-- setup: CREATE TABLE accounts (id bigint, email text);
--   INSERT INTO accounts SELECT g, 'u' || g FROM generate_series(1, 200) g;
-- expect: SG318
-- schemagate:no-transaction
CREATE UNIQUE INDEX CONCURRENTLY accounts_id_key ON accounts (id);
-- next migration
SET lock_timeout = '5s';
ALTER TABLE accounts ADD PRIMARY KEY USING INDEX accounts_id_key;
