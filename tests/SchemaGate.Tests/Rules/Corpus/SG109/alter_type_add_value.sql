-- setup: CREATE TYPE mood AS ENUM ('happy', 'sad');
-- expect: SG336@4
ALTER TYPE mood ADD VALUE 'calm';
ALTER TYPE mood ADD VALUE IF NOT EXISTS 'angry' BEFORE 'calm';
ALTER TYPE mood RENAME VALUE 'calm' TO 'serene';
