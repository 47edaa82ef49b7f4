-- setup: CREATE TYPE severity AS ENUM ('low', 'high');
-- expect: SG336=public.severity
ALTER TYPE severity ADD VALUE 'medium' BEFORE 'high';
