-- setup: @app
-- expect: SG314
-- not: SG305
ALTER TABLE alerts ADD CONSTRAINT ck CHECK (level > 0) NOT VALID;
