-- expect: SG334
CREATE TABLE drafts (id bigint, title varchar(10));
ALTER TABLE drafts ALTER COLUMN title TYPE varchar(5);
