-- expect: SG335=public.email
CREATE DOMAIN email AS text CHECK (VALUE ~ '@');
