-- case: foreign data wrapper created
-- from:
-- to:
CREATE FOREIGN DATA WRAPPER w OPTIONS (debug 'true');

-- case: foreign data wrapper dropped
-- from:
CREATE FOREIGN DATA WRAPPER w;
-- to:

-- case: foreign data wrapper options changed
-- from:
CREATE FOREIGN DATA WRAPPER w OPTIONS (a '1', b '2');
-- to:
CREATE FOREIGN DATA WRAPPER w OPTIONS (b '3', c '4');

-- case: foreign data wrapper validator added
-- from:
CREATE FOREIGN DATA WRAPPER w;
-- to:
CREATE FOREIGN DATA WRAPPER w VALIDATOR postgresql_fdw_validator;

-- case: server created with a user mapping
-- from:
CREATE FOREIGN DATA WRAPPER w;
-- to:
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER films TYPE 'postgres' VERSION '15' FOREIGN DATA WRAPPER w OPTIONS (host 'films.example', port '5432');
CREATE USER MAPPING FOR {r1} SERVER films OPTIONS (user 'reader');
CREATE USER MAPPING FOR PUBLIC SERVER films;

-- case: server options and version changed
-- from:
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s VERSION '1' FOREIGN DATA WRAPPER w OPTIONS (host 'a');
-- to:
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s VERSION '2' FOREIGN DATA WRAPPER w OPTIONS (host 'b', dbname 'x');

-- case: server moved to another wrapper
-- from:
CREATE FOREIGN DATA WRAPPER w1;
CREATE FOREIGN DATA WRAPPER w2;
CREATE SERVER s FOREIGN DATA WRAPPER w1;
-- to:
CREATE FOREIGN DATA WRAPPER w1;
CREATE FOREIGN DATA WRAPPER w2;
CREATE SERVER s FOREIGN DATA WRAPPER w2;

-- case: server dropped with its mapping and foreign table
-- from:
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s FOREIGN DATA WRAPPER w;
CREATE USER MAPPING FOR PUBLIC SERVER s;
CREATE FOREIGN TABLE ft (a int) SERVER s;
-- to:
CREATE FOREIGN DATA WRAPPER w;

-- case: user mapping options changed
-- from:
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s FOREIGN DATA WRAPPER w;
CREATE USER MAPPING FOR {r1} SERVER s OPTIONS (user 'bob');
-- to:
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s FOREIGN DATA WRAPPER w;
CREATE USER MAPPING FOR {r1} SERVER s OPTIONS (user 'alice', sslmode 'require');

-- case: server usage granted and commented
-- from:
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s FOREIGN DATA WRAPPER w;
-- to:
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s FOREIGN DATA WRAPPER w;
GRANT USAGE ON FOREIGN SERVER s TO {r1};
COMMENT ON SERVER s IS 'remote';
COMMENT ON FOREIGN DATA WRAPPER w IS 'stub';

-- case: foreign table created
-- from:
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s FOREIGN DATA WRAPPER w;
-- to:
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s FOREIGN DATA WRAPPER w;
CREATE FOREIGN TABLE ft (id int OPTIONS (column_name 'ident') NOT NULL, note text DEFAULT 'x', CHECK (id > 0)) SERVER s OPTIONS (table_name 'remote');
GRANT SELECT ON ft TO {r1};

-- case: foreign table options and columns changed
-- from:
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s FOREIGN DATA WRAPPER w;
CREATE FOREIGN TABLE ft (a int, b text) SERVER s OPTIONS (table_name 'one');
-- to:
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s FOREIGN DATA WRAPPER w;
CREATE FOREIGN TABLE ft (a bigint OPTIONS (column_name 'x'), c date) SERVER s OPTIONS (table_name 'two');

-- case: foreign table moved to another server
-- from:
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s1 FOREIGN DATA WRAPPER w;
CREATE SERVER s2 FOREIGN DATA WRAPPER w;
CREATE FOREIGN TABLE ft (a int) SERVER s1;
-- to:
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s1 FOREIGN DATA WRAPPER w;
CREATE SERVER s2 FOREIGN DATA WRAPPER w;
CREATE FOREIGN TABLE ft (a int) SERVER s2;

-- case: foreign table check and comment
-- from:
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s FOREIGN DATA WRAPPER w;
CREATE FOREIGN TABLE ft (a int) SERVER s;
-- to:
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s FOREIGN DATA WRAPPER w;
CREATE FOREIGN TABLE ft (a int CHECK (a > 0)) SERVER s;
COMMENT ON FOREIGN TABLE ft IS 'remote rows';
COMMENT ON COLUMN ft.a IS 'number';
