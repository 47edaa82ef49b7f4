-- expect: SG313
CREATE TABLE events (id bigint, body pg_catalog.json);
