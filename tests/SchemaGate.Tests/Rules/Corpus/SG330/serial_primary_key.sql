-- expect: SG330 SG331
CREATE TABLE tenants (id serial PRIMARY KEY, name text);
