-- setup: @app
-- setup: CREATE TABLE b (id int);
-- expect: SG301
-- expect-traced: SG315
-- not: SG314
LOCK TABLE alerts IN SHARE MODE;
LOCK TABLE b NOWAIT;
CREATE INDEX i ON alerts (raised_at);
