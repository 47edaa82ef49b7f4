-- setup: @app
-- expect: none
-- expect-traced: SG315
-- not: SG314
-- note: LOCK TABLE's lock is its whole effect, held until the script commits: the traced run reports it (SG315).
SET SESSION lock_timeout = 5000;
LOCK TABLE alerts IN ACCESS EXCLUSIVE MODE;
