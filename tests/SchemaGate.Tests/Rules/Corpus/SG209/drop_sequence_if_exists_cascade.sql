-- setup: CREATE SEQUENCE invoice_no START 1000; CREATE TABLE invoices (no bigint DEFAULT nextval('invoice_no'), total numeric);
--   INSERT INTO invoices (total) VALUES (1), (2);
-- expect: SG209=public.invoice_no
DROP SEQUENCE IF EXISTS invoice_no CASCADE;
