-- expect: none
CREATE TABLE rooms (id bigint PRIMARY KEY, during tstzrange NOT NULL);
-- next migration
ALTER TABLE rooms ADD CONSTRAINT rooms_no_overlap EXCLUDE USING gist (during WITH &&);
