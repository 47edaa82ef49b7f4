-- setup: CREATE TABLE memberships (org_id bigint NOT NULL, user_id bigint);
--   CREATE UNIQUE INDEX memberships_key ON memberships (org_id, user_id);
--   INSERT INTO memberships SELECT 1, g FROM generate_series(1, 100) g;
-- expect: SG318
SET lock_timeout = '5s';
ALTER TABLE memberships ADD PRIMARY KEY USING INDEX memberships_key;
