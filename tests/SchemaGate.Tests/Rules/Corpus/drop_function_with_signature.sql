-- expect: SG211
DROP FUNCTION IF EXISTS app.touch(timestamptz, text) CASCADE;
DROP ROUTINE cleanup;
