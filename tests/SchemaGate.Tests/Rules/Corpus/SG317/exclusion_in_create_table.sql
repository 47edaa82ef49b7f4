-- expect: none
CREATE TABLE rooms (id bigint PRIMARY KEY, during tstzrange NOT NULL, EXCLUDE USING gist (during WITH &&));
