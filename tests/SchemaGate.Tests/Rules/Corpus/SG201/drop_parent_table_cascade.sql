-- setup: CREATE TABLE customers (id bigint PRIMARY KEY); CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers);
--   CREATE INDEX orders_customer_id_idx ON orders (customer_id);
--   INSERT INTO customers VALUES (1), (2); INSERT INTO orders VALUES (1, 1), (2, 2);
-- expect: SG201=public.customers
SET lock_timeout = '5s';
DROP TABLE customers CASCADE;
