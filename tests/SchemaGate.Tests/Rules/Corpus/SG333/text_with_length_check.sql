-- expect: none
CREATE TABLE countries (iso text PRIMARY KEY CHECK (length(iso) = 2), name text);
