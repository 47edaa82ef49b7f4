-- setup: CREATE TYPE state AS ENUM ('open', 'closed'); CREATE TABLE tickets (id bigint, s state);
--   INSERT INTO tickets VALUES (1, 'open');
-- expect: SG210=public.state
-- expect-traced: SG110
-- note: without CASCADE PostgreSQL refuses while a column uses the type; the script fails.
DROP TYPE state;
