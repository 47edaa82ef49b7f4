-- setup: CREATE TABLE orgs (id bigint, region text, PRIMARY KEY (id, region));
-- expect: SG320=public.members.members_org_fk
CREATE TABLE members (id bigint PRIMARY KEY, org_id bigint, region text,
  CONSTRAINT members_org_fk FOREIGN KEY (org_id, region) REFERENCES orgs (id, region));
