-- expect: none
CREATE TABLE scratch (id int);
TRUNCATE scratch;
