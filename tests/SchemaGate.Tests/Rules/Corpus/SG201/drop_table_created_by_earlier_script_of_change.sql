-- setup: @app
-- expect: none
CREATE TABLE staging_alerts (id bigint, payload text);
-- next migration
DROP TABLE staging_alerts;
