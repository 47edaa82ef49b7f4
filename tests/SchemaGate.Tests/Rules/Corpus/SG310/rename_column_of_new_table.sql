-- expect: none
CREATE TABLE drafts (id bigint, ttl int);
ALTER TABLE drafts RENAME COLUMN ttl TO title;
