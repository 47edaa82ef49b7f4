-- case: range type created
-- from:
-- to:
CREATE TYPE floatrange AS RANGE (SUBTYPE = float8, SUBTYPE_DIFF = float8mi);

-- case: range type dropped
-- from:
CREATE TYPE floatrange AS RANGE (SUBTYPE = float8);
-- to:

-- case: range type used by a column and an exclusion constraint
-- from:
CREATE TABLE bookings (id int);
-- to:
CREATE TYPE timerange AS RANGE (SUBTYPE = time);
CREATE TABLE bookings (id int, slot timerange, EXCLUDE USING gist (slot WITH &&));

-- case: range subtype diff added
-- from:
CREATE TYPE floatrange AS RANGE (SUBTYPE = float8);
CREATE TABLE r (id int, v floatrange);
-- to:
CREATE TYPE floatrange AS RANGE (SUBTYPE = float8, SUBTYPE_DIFF = float8mi);
CREATE TABLE r (id int, v floatrange);

-- case: range with a named multirange
-- from:
-- to:
CREATE TYPE fr AS RANGE (SUBTYPE = float8, MULTIRANGE_TYPE_NAME = fr_many);
COMMENT ON TYPE fr_many IS 'many ranges';

-- case: multirange comment
-- from:
CREATE TYPE fr AS RANGE (SUBTYPE = float8);
-- to:
CREATE TYPE fr AS RANGE (SUBTYPE = float8);
COMMENT ON TYPE fr_multirange IS 'several';

-- case: range usage revoked from public
-- from:
CREATE TYPE fr AS RANGE (SUBTYPE = float8);
-- to:
CREATE TYPE fr AS RANGE (SUBTYPE = float8);
REVOKE USAGE ON TYPE fr FROM PUBLIC;

-- case: icu collation created and used by a column
-- from:
CREATE TABLE users (id int, name text);
-- to:
CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE users (id int, name text COLLATE ci);

-- case: libc collation created
-- from:
-- to:
CREATE COLLATION c2 (lc_collate = 'C', lc_ctype = 'C');
COMMENT ON COLLATION c2 IS 'bytes';

-- case: collation dropped
-- from:
CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
-- to:

-- case: collation changed
-- from:
CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
-- to:
CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

-- case: column collation changed
-- from:
CREATE TABLE t (s text);
-- to:
CREATE TABLE t (s text COLLATE "C");
