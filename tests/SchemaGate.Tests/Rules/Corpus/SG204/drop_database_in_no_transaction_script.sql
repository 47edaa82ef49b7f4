-- expect: SG204=archive_2019
-- traced: skip it would drop a database of the shared test server
-- schemagate:no-transaction
DROP DATABASE IF EXISTS archive_2019;
