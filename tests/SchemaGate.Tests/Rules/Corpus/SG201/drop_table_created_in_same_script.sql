-- setup: @app
-- expect: none
CREATE TABLE import_batch (id bigint, raw text);
INSERT INTO import_batch SELECT id, payload FROM alerts WHERE level = 1;
DROP TABLE import_batch;
