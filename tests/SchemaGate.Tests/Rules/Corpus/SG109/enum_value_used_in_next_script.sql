-- setup: CREATE TYPE severity AS ENUM ('low', 'high'); CREATE TABLE pages (id bigint, s severity);
--   INSERT INTO pages VALUES (1, 'low');
-- expect: none
ALTER TYPE severity ADD VALUE 'critical';
-- next migration
UPDATE pages SET s = 'critical' WHERE id = 1;
