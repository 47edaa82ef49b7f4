-- setup: CREATE TYPE legacy_state AS ENUM ('a', 'b');
-- expect: SG210=public.legacy_state
DROP TYPE legacy_state;
