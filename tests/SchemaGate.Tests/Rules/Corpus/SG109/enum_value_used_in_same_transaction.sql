-- setup: CREATE TYPE severity AS ENUM ('low', 'high'); CREATE TABLE pages (id bigint, s severity);
--   INSERT INTO pages VALUES (1, 'low');
-- expect: SG109=public.severity
-- expect-traced: SG110
ALTER TYPE severity ADD VALUE 'critical';
UPDATE pages SET s = 'critical' WHERE id = 1;
