-- setup: CREATE TABLE orgs (id bigint, region text, PRIMARY KEY (id, region));
-- expect: none
CREATE TABLE members (id bigint PRIMARY KEY, org_id bigint, region text, FOREIGN KEY (org_id, region) REFERENCES orgs);
CREATE INDEX members_org_idx ON members (region, org_id);
