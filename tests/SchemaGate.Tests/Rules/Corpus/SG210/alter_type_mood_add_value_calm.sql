-- setup: CREATE TYPE mood AS ENUM ('happy', 'sad');
-- expect: none
-- not: SG210
ALTER TYPE mood ADD VALUE 'calm';
