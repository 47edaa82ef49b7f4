-- expect: none
CREATE TABLE jobs (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
ALTER TABLE jobs ADD COLUMN token uuid DEFAULT gen_random_uuid();
