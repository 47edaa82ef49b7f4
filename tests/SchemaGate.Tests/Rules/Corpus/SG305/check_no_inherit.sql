-- setup: @app
-- expect: SG305
SET lock_timeout = '5s';
ALTER TABLE ONLY alerts ADD CHECK (level IS NOT NULL) NO INHERIT;
