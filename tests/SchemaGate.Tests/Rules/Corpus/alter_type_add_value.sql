-- expect: none
ALTER TYPE mood ADD VALUE 'calm';
ALTER TYPE mood ADD VALUE IF NOT EXISTS 'angry' BEFORE 'calm';
ALTER TYPE mood RENAME VALUE 'calm' TO 'serene';
