-- case: row level security enabled with a policy
-- from:
CREATE TABLE docs (id int, owner_name text);
-- to:
CREATE TABLE docs (id int, owner_name text);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_docs ON docs USING (owner_name = current_user);

-- case: row level security disabled and policy dropped
-- from:
CREATE TABLE docs (id int, owner_name text);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_docs ON docs USING (owner_name = current_user);
-- to:
CREATE TABLE docs (id int, owner_name text);

-- case: row level security forced
-- from:
CREATE TABLE t (a int);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
-- to:
CREATE TABLE t (a int);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
ALTER TABLE t FORCE ROW LEVEL SECURITY;

-- case: policy expression changed
-- from:
CREATE TABLE t (a int);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON t USING (a > 0);
-- to:
CREATE TABLE t (a int);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON t USING (a > 1);

-- case: policy roles changed
-- from:
CREATE TABLE t (a int);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON t USING (a > 0);
-- to:
CREATE TABLE t (a int);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON t TO {r1}, {r2} USING (a > 0);

-- case: policy command changed
-- from:
CREATE TABLE t (a int);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON t USING (a > 0);
-- to:
CREATE TABLE t (a int);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON t FOR SELECT USING (a > 0);

-- case: policy made restrictive
-- from:
CREATE TABLE t (a int);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON t USING (a > 0);
-- to:
CREATE TABLE t (a int);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON t AS RESTRICTIVE USING (a > 0);

-- case: policy with check added
-- from:
CREATE TABLE t (a int);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON t FOR UPDATE USING (a > 0);
-- to:
CREATE TABLE t (a int);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON t FOR UPDATE USING (a > 0) WITH CHECK (a < 100);

-- case: policy using a subquery on another table
-- from:
CREATE TABLE teams (id int, member text);
CREATE TABLE docs (id int, team_id int);
-- to:
CREATE TABLE teams (id int, member text);
CREATE TABLE docs (id int, team_id int);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_docs ON docs FOR SELECT USING (team_id IN (SELECT id FROM teams WHERE member = current_user));

-- case: policy comment
-- from:
CREATE TABLE t (a int);
CREATE POLICY p ON t USING (a > 0);
-- to:
CREATE TABLE t (a int);
CREATE POLICY p ON t USING (a > 0);
COMMENT ON POLICY p ON t IS 'positive rows';
