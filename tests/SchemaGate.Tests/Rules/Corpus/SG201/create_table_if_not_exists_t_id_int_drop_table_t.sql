-- expect: SG201@3=public.t SG314
CREATE TABLE IF NOT EXISTS t (id int);
DROP TABLE t;
