-- expect: SG313
CREATE TABLE events (id bigint PRIMARY KEY, body json NOT NULL DEFAULT '{}'::json);
