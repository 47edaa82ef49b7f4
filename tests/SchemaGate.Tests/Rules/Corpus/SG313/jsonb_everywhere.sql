-- expect: none
CREATE TABLE events (id int, body jsonb, json jsonb);
SELECT '{}'::json, json_build_object('a', 1);
