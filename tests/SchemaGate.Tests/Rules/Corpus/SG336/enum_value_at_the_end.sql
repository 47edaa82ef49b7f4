-- setup: CREATE TYPE severity AS ENUM ('low', 'high');
-- expect: none
ALTER TYPE severity ADD VALUE 'critical';
