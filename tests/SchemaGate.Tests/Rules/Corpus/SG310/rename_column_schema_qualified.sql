-- setup: CREATE SCHEMA crm; CREATE TABLE crm.people (id bigint PRIMARY KEY, fullname text); INSERT INTO crm.people VALUES (1, 'a');
-- expect: SG310=crm.people.fullname
SET lock_timeout = '5s';
ALTER TABLE crm.people RENAME COLUMN fullname TO display_name;
