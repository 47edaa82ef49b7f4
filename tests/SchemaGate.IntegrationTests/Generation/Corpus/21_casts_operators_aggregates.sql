-- case: cast created
-- from:
CREATE TYPE e AS ENUM ('a');
CREATE FUNCTION e_text(e) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT $1::text';
-- to:
CREATE TYPE e AS ENUM ('a');
CREATE FUNCTION e_text(e) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT $1::text';
CREATE CAST (e AS text) WITH FUNCTION e_text(e) AS ASSIGNMENT;

-- case: cast dropped
-- from:
CREATE TYPE e AS ENUM ('a');
CREATE CAST (e AS text) WITH INOUT;
-- to:
CREATE TYPE e AS ENUM ('a');

-- case: cast changed and commented
-- from:
CREATE TYPE e AS ENUM ('a');
CREATE CAST (e AS text) WITH INOUT;
-- to:
CREATE TYPE e AS ENUM ('a');
CREATE CAST (e AS text) WITH INOUT AS IMPLICIT;
COMMENT ON CAST (e AS text) IS 'labels';

-- case: cast with its type and function created
-- from:
-- to:
CREATE TYPE money2 AS (amount numeric);
CREATE FUNCTION to_money2(numeric) RETURNS money2 LANGUAGE sql IMMUTABLE AS 'SELECT ROW($1)::money2';
CREATE CAST (numeric AS money2) WITH FUNCTION to_money2(numeric);

-- case: operator created
-- from:
CREATE FUNCTION eq3(int, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
-- to:
CREATE FUNCTION eq3(int, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = eq3, COMMUTATOR = ===, RESTRICT = eqsel, JOIN = eqjoinsel, HASHES);

-- case: operator dropped
-- from:
CREATE FUNCTION eq3(int, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = eq3);
-- to:
CREATE FUNCTION eq3(int, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';

-- case: operator estimators changed
-- from:
CREATE FUNCTION eq3(int, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = eq3);
-- to:
CREATE FUNCTION eq3(int, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = eq3, RESTRICT = eqsel, JOIN = eqjoinsel);
COMMENT ON OPERATOR === (int, int) IS 'equal';

-- case: operator made hashable
-- from:
CREATE FUNCTION eq3(int, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = eq3);
-- to:
CREATE FUNCTION eq3(int, int) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT $1 = $2';
CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = eq3, HASHES, MERGES);

-- case: prefix operator in a schema
-- from:
-- to:
CREATE SCHEMA ops;
CREATE FUNCTION ops.neg3(int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT -$1';
CREATE OPERATOR ops.~~~ (RIGHTARG = int, FUNCTION = ops.neg3);

-- case: aggregate created
-- from:
-- to:
CREATE FUNCTION add2(int, int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT $1 + $2';
CREATE AGGREGATE mysum(int) (SFUNC = add2, STYPE = int, INITCOND = '0');

-- case: aggregate dropped
-- from:
CREATE AGGREGATE mysum(int) (SFUNC = int4pl, STYPE = int);
-- to:

-- case: aggregate initial condition and sort operator changed
-- from:
CREATE AGGREGATE mymax(int) (SFUNC = int4larger, STYPE = int);
CREATE AGGREGATE mysum(int) (SFUNC = int4pl, STYPE = int, INITCOND = '0');
-- to:
CREATE AGGREGATE mymax(int) (SFUNC = int4larger, STYPE = int, SORTOP = >);
CREATE AGGREGATE mysum(int) (SFUNC = int4pl, STYPE = int, INITCOND = '10');

-- case: ordered-set aggregate
-- from:
-- to:
CREATE AGGREGATE pct(float8 ORDER BY float8) (SFUNC = ordered_set_transition, STYPE = internal, FINALFUNC = percentile_disc_final, FINALFUNC_EXTRA);

-- case: moving aggregate with a final function
-- from:
-- to:
CREATE AGGREGATE msum(numeric) (SFUNC = numeric_add, STYPE = numeric, INITCOND = '0', MSFUNC = numeric_add, MINVFUNC = numeric_sub, MSTYPE = numeric, MINITCOND = '0', PARALLEL = SAFE);

-- case: aggregate comment and grant
-- from:
CREATE AGGREGATE mysum(int) (SFUNC = int4pl, STYPE = int);
-- to:
CREATE AGGREGATE mysum(int) (SFUNC = int4pl, STYPE = int);
COMMENT ON AGGREGATE mysum(int) IS 'sum';
REVOKE EXECUTE ON FUNCTION mysum(int) FROM PUBLIC;
