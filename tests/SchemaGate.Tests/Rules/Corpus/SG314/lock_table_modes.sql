-- setup: @app
-- setup: CREATE TABLE campaigns (id int);
-- expect: SG314@5
-- expect-traced: SG315
LOCK alerts;
LOCK TABLE agents IN ROW EXCLUSIVE MODE;
LOCK TABLE campaigns IN ACCESS EXCLUSIVE MODE NOWAIT;
