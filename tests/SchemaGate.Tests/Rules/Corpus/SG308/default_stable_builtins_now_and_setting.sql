-- setup: @app
-- expect: none
SET lock_timeout = '5s';
ALTER TABLE alerts ADD COLUMN seen_at timestamptz DEFAULT statement_timestamp(), ADD COLUMN origin text DEFAULT current_setting('application_name');
