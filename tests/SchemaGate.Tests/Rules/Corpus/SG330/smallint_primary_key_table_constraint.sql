-- expect: SG330=public.regions.code
CREATE TABLE regions (code smallint, name text, CONSTRAINT regions_pkey PRIMARY KEY (code));
