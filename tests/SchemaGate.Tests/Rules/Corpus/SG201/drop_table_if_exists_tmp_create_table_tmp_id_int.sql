-- expect: SG201@2=public.tmp SG314
DROP TABLE IF EXISTS tmp;
CREATE TABLE tmp (id int);
