-- setup: @app
-- expect: SG308
-- not: SG321
SET lock_timeout = '5s';
ALTER TABLE settings ADD COLUMN n bigint NOT NULL GENERATED ALWAYS AS IDENTITY;
