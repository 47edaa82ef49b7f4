-- expect: SG203
DROP SCHEMA IF EXISTS "Reporting", archive CASCADE;
