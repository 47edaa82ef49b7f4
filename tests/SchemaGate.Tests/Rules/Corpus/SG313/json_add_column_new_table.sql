-- expect: SG313
CREATE TABLE events (id int);
ALTER TABLE events ADD COLUMN meta json;
