-- setup: @app
-- expect: none
SET lock_timeout = '5s';
ALTER TABLE alerts ADD COLUMN day date NOT NULL DEFAULT current_date, ADD COLUMN label text DEFAULT lower('NEW'), ADD COLUMN tags text[] DEFAULT ARRAY[]::text[];
