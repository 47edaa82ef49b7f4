-- expect: none
-- not: SG313
CREATE TABLE events (id int, body jsonb, json jsonb);
