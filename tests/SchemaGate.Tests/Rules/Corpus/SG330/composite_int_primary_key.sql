-- expect: none
CREATE TABLE tenant_users (tenant_id int, user_id int, PRIMARY KEY (tenant_id, user_id));
