-- expect: none
CREATE TABLE quotas (id bigint PRIMARY KEY, amount int);
ALTER TABLE quotas ADD COLUMN maximum int CHECK (maximum > 0);
