-- setup: @app
-- expect: SG309
SET lock_timeout = '5s';
ALTER TABLE alerts ADD COLUMN origin text, ADD PRIMARY KEY (id);
