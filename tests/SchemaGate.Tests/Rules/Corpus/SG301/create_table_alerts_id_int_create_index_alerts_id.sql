-- expect: none
-- not: SG301
CREATE TABLE alerts (id int);
CREATE INDEX alerts_id_idx ON alerts (id);
