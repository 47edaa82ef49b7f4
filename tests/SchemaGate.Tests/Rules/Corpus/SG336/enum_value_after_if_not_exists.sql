-- setup: CREATE TYPE severity AS ENUM ('low', 'high');
-- expect: SG336
ALTER TYPE severity ADD VALUE IF NOT EXISTS 'minor' AFTER 'low';
