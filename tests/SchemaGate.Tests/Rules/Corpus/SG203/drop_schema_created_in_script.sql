-- expect: none
CREATE SCHEMA scratch_space;
CREATE TABLE scratch_space.t (id int);
DROP SCHEMA scratch_space CASCADE;
