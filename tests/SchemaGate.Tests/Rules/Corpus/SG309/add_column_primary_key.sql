-- setup: @app
-- expect: SG309 SG314 SG321
ALTER TABLE alerts ADD COLUMN uid bigint PRIMARY KEY;
