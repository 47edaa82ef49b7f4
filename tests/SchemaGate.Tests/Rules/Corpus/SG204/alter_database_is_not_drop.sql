-- expect: none
-- not: SG204
-- traced: skip it would change a database of the shared test server
ALTER DATABASE app_db SET work_mem = '64MB';
