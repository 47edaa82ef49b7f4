-- setup: CREATE DOMAIN email AS text;
-- expect: SG335=public.email
ALTER DOMAIN email ADD CONSTRAINT email_has_at CHECK (VALUE ~ '@') NOT VALID;
