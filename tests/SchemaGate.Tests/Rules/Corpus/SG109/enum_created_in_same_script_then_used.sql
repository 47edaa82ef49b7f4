-- expect: SG109=public.mood
-- expect-traced: SG110
-- note: PostgreSQL 12 and later refuse a new enum value until its transaction commits, even for a type that transaction created.
CREATE TYPE mood AS ENUM ('calm');
ALTER TYPE mood ADD VALUE 'tense';
CREATE TABLE moods (m mood DEFAULT 'tense');
