-- setup: CREATE TABLE orgs (id bigint PRIMARY KEY);
-- expect: SG320
CREATE TABLE members (id bigint PRIMARY KEY, org_id bigint REFERENCES orgs, joined date);
CREATE INDEX members_joined_org_idx ON members (joined, org_id);
