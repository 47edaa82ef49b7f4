-- setup: CREATE TABLE legacy (id int NOT NULL, v text); INSERT INTO legacy VALUES (1, 'a');
-- expect: SG330=public.legacy.id SG309
SET lock_timeout = '5s';
ALTER TABLE legacy ADD PRIMARY KEY (id);
