-- case: domain created and used
-- from:
CREATE TABLE orders (id int);
-- to:
CREATE DOMAIN positive_int AS int CHECK (VALUE > 0);
CREATE TABLE orders (id int, qty positive_int NOT NULL DEFAULT 1);

-- case: domain dropped
-- from:
CREATE DOMAIN code AS varchar(10);
-- to:

-- case: domain check changed
-- from:
CREATE DOMAIN pos AS int CONSTRAINT pos_check CHECK (VALUE > 0);
CREATE TABLE t (a pos);
-- to:
CREATE DOMAIN pos AS int CONSTRAINT pos_check CHECK (VALUE >= 0);
CREATE TABLE t (a pos);

-- case: domain check added and another dropped
-- from:
CREATE DOMAIN pct AS int CONSTRAINT lower_bound CHECK (VALUE >= 0);
-- to:
CREATE DOMAIN pct AS int CONSTRAINT upper_bound CHECK (VALUE <= 100);

-- case: domain default and not null
-- from:
CREATE DOMAIN pos AS int;
-- to:
CREATE DOMAIN pos AS int DEFAULT 1 NOT NULL;

-- case: domain default removed
-- from:
CREATE DOMAIN pos AS int DEFAULT 1 NOT NULL;
-- to:
CREATE DOMAIN pos AS int;

-- case: domain base type widened under a column
-- from:
CREATE DOMAIN code AS varchar(10);
CREATE TABLE products (id int, sku code);
-- to:
CREATE DOMAIN code AS varchar(20);
CREATE TABLE products (id int, sku code);

-- case: domain with a collation
-- from:
-- to:
CREATE DOMAIN label AS text COLLATE "C" CHECK (length(VALUE) < 50);

-- case: composite type created
-- from:
-- to:
CREATE TYPE pair AS (x int, y numeric(10,2));

-- case: composite attribute added
-- from:
CREATE TYPE pair AS (x int, y int);
-- to:
CREATE TYPE pair AS (x int, y int, z int);

-- case: composite attribute dropped and retyped
-- from:
CREATE TYPE address AS (street text, zip int, city text);
-- to:
CREATE TYPE address AS (street text, zip text);

-- case: composite attributes reordered
-- from:
CREATE TYPE pair AS (x int, y int);
-- to:
CREATE TYPE pair AS (y int, x int);

-- case: composite used by a column and a function
-- from:
-- to:
CREATE TYPE money2 AS (amount numeric(12,2), currency char(3));
CREATE TABLE prices (id int, price money2);
CREATE FUNCTION amount_of(m money2) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT (m).amount $$;

-- case: composite dropped with its users
-- from:
CREATE TYPE money2 AS (amount numeric(12,2), currency char(3));
CREATE TABLE prices (id int, price money2);
-- to:
CREATE TABLE prices (id int);
