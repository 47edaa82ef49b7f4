-- expect: SG330=public.tenants.id
CREATE TABLE tenants (id int PRIMARY KEY, name text);
