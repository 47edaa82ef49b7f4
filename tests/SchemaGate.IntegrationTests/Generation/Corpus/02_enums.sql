-- case: enum created and used
-- from:
CREATE TABLE agents (id int PRIMARY KEY);
-- to:
CREATE TYPE agent_status AS ENUM ('active', 'paused');
CREATE TABLE agents (id int PRIMARY KEY, status agent_status NOT NULL DEFAULT 'active');

-- case: enum dropped with its column
-- from:
CREATE TYPE agent_status AS ENUM ('active', 'paused');
CREATE TABLE agents (id int PRIMARY KEY, status agent_status);
-- to:
CREATE TABLE agents (id int PRIMARY KEY);

-- case: enum label appended
-- from:
CREATE TYPE mood AS ENUM ('sad', 'ok');
-- to:
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');

-- case: enum label inserted in the middle
-- from:
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TABLE people (id int, m mood);
-- to:
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE people (id int, m mood);

-- case: enum label inserted first
-- from:
CREATE TYPE mood AS ENUM ('ok', 'happy');
-- to:
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');

-- case: enum label added and used as the new default
-- from:
CREATE TYPE agent_status AS ENUM ('active', 'paused');
CREATE TABLE agents (id int, status agent_status DEFAULT 'active');
-- to:
CREATE TYPE agent_status AS ENUM ('active', 'paused', 'onboarding');
CREATE TABLE agents (id int, status agent_status DEFAULT 'onboarding');

-- case: enum label removed
-- from:
CREATE TYPE agent_status AS ENUM ('active', 'paused', 'retired');
CREATE TABLE agents (id int, status agent_status NOT NULL DEFAULT 'active');
-- to:
CREATE TYPE agent_status AS ENUM ('active', 'paused');
CREATE TABLE agents (id int, status agent_status NOT NULL DEFAULT 'active');

-- case: enum labels reordered
-- from:
CREATE TYPE size AS ENUM ('small', 'large', 'medium');
CREATE TABLE shirts (id int, s size);
-- to:
CREATE TYPE size AS ENUM ('small', 'medium', 'large');
CREATE TABLE shirts (id int, s size);

-- case: enum label removed under a view and a check
-- from:
CREATE TYPE agent_status AS ENUM ('active', 'paused', 'retired');
CREATE TABLE agents (id int PRIMARY KEY, status agent_status NOT NULL, CONSTRAINT not_retired CHECK (status <> 'retired'));
CREATE VIEW active_agents AS SELECT id FROM agents WHERE status = 'active';
-- to:
CREATE TYPE agent_status AS ENUM ('active', 'paused');
CREATE TABLE agents (id int PRIMARY KEY, status agent_status NOT NULL, CONSTRAINT not_retired CHECK (status <> 'paused'));
CREATE VIEW active_agents AS SELECT id FROM agents WHERE status = 'active';

-- case: enum array column converted with its type
-- from:
CREATE TYPE tag AS ENUM ('a', 'b', 'c');
CREATE TABLE posts (id int, tags tag[]);
-- to:
CREATE TYPE tag AS ENUM ('a', 'c');
CREATE TABLE posts (id int, tags tag[]);

-- case: enum used by a function signature is replaced
-- from:
CREATE TYPE mood AS ENUM ('sad', 'ok', 'meh');
CREATE FUNCTION is_ok(m mood) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT m = 'ok' $$;
-- to:
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE FUNCTION is_ok(m mood) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT m = 'ok' $$;

-- case: enum renamed is a new type
-- from:
CREATE TYPE old_mood AS ENUM ('sad');
-- to:
CREATE TYPE new_mood AS ENUM ('sad');

-- case: enum comment and grant
-- from:
CREATE TYPE mood AS ENUM ('sad');
-- to:
CREATE TYPE mood AS ENUM ('sad');
COMMENT ON TYPE mood IS 'feelings';
GRANT USAGE ON TYPE mood TO {r1};

-- case: column changes from one enum to another
-- from:
CREATE TYPE old_state AS ENUM ('on', 'off');
CREATE TABLE switches (id int, state old_state);
-- to:
CREATE TYPE new_state AS ENUM ('on', 'off', 'broken');
CREATE TABLE switches (id int, state new_state);
