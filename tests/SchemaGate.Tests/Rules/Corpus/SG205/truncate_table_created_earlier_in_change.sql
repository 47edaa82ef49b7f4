-- setup: @app
-- expect: none
CREATE TABLE import_rows (id bigint, raw text);
-- next migration
TRUNCATE import_rows;
