-- expect: SG208 SG314
ALTER TABLE events ALTER COLUMN body TYPE jsonb USING body::jsonb;
