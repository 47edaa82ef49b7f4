-- expect: none
CREATE TEMP TABLE work_queue (id int);
TRUNCATE work_queue;
