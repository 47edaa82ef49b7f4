-- setup: CREATE SEQUENCE ticket_seq;
-- expect: none
-- expect-traced: SG209
DO $$ BEGIN DROP SEQUENCE ticket_seq; END $$;
