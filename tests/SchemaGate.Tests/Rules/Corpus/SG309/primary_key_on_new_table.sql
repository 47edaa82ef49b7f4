-- expect: none
CREATE TABLE receipts (id bigint NOT NULL, total numeric);
ALTER TABLE receipts ADD PRIMARY KEY (id);
