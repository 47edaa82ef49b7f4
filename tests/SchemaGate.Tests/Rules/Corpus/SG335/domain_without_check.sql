-- expect: none
CREATE DOMAIN label AS text NOT NULL;
