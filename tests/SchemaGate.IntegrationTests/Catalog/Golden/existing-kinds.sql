-- 0001_create_agents.sql
-- Support agents who handle alerts.
CREATE TYPE agent_status AS ENUM ('active', 'paused', 'retired');

CREATE TABLE agents (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email       text NOT NULL UNIQUE,
    display_name text NOT NULL,
    status      agent_status NOT NULL DEFAULT 'active',
    created_at  timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE agents IS 'People who acknowledge and resolve alerts';

-- 0002_create_alerts.sql
CREATE TABLE alerts (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agent_id    bigint REFERENCES agents (id) ON DELETE SET NULL,
    severity    smallint NOT NULL CHECK (severity BETWEEN 1 AND 5),
    title       text NOT NULL,
    payload     jsonb NOT NULL DEFAULT '{}'::jsonb,
    raised_at   timestamptz NOT NULL DEFAULT now(),
    resolved_at timestamptz,
    CONSTRAINT alerts_resolved_after_raised CHECK (resolved_at IS NULL OR resolved_at >= raised_at)
);

-- The table is new, so a plain index build blocks nobody.
CREATE INDEX alerts_agent_id_idx ON alerts (agent_id);

-- 0003_create_feature_flags.sql
CREATE TABLE feature_flags (
    key             text PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9_]*$'),
    enabled         boolean NOT NULL DEFAULT false,
    rollout_percent integer NOT NULL DEFAULT 0 CHECK (rollout_percent BETWEEN 0 AND 100),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

-- 0004_create_campaigns.sql
CREATE TABLE campaigns (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    description text,
    starts_at   timestamptz NOT NULL,
    ends_at     timestamptz,
    CONSTRAINT campaigns_ends_after_start CHECK (ends_at IS NULL OR ends_at > starts_at)
);

COMMENT ON COLUMN campaigns.description IS 'Shown to agents on the campaign page; markdown allowed';

-- 0005_add_agents_context_note.sql
-- A free-text note agents keep about their current context (added after launch).
-- Adding a nullable column without a default is a catalog-only change.
ALTER TABLE agents ADD COLUMN context_note text;

-- 0006_active_agents_view.sql
-- The support dashboard lists the agents who can take alerts.
CREATE VIEW active_agents AS
SELECT id, email, display_name, created_at
FROM agents
WHERE status = 'active';

-- 0007_feature_flags_touch_trigger.sql
-- Keep feature_flags.updated_at honest whatever client changes a flag.
CREATE FUNCTION touch_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    NEW.updated_at := now();  -- a semicolon inside the body must not split the statement
    RETURN NEW;
END;
$fn$;

CREATE TRIGGER feature_flags_touch
BEFORE UPDATE ON feature_flags
FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- 0008_alerts_raised_at_index.sql
-- alerts is live and large: build the index without blocking writes.
CREATE INDEX alerts_raised_at_idx ON alerts (raised_at);

-- 0009_campaign_agents.sql
CREATE TABLE campaign_agents (
    campaign_id bigint NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    agent_id    bigint NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
    assigned_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (campaign_id, agent_id)
);

CREATE INDEX campaign_agents_agent_id_idx ON campaign_agents (agent_id);

-- 0010_resolve_alert_function.sql
-- Resolving an alert is one call, so every client records it the same way.
CREATE FUNCTION resolve_alert(p_alert_id bigint, p_agent_id bigint)
RETURNS boolean
LANGUAGE sql AS $$
    UPDATE alerts
       SET resolved_at = now(), agent_id = p_agent_id
     WHERE id = p_alert_id AND resolved_at IS NULL
    RETURNING true;
$$;

COMMENT ON FUNCTION resolve_alert(bigint, bigint) IS 'Marks an open alert resolved by an agent; null when it was not open';

-- existing kinds of every sort
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'application';
CREATE ROLE sg_golden_reader;
GRANT USAGE ON SCHEMA app TO sg_golden_reader;
CREATE DOMAIN app.pos AS int DEFAULT 1 NOT NULL CHECK (VALUE > 0);
CREATE TYPE app.mood AS ENUM ('sad', 'ok');
CREATE TYPE app.pair AS (x int, y numeric(10,2));
CREATE SEQUENCE app.s INCREMENT BY 5 MAXVALUE 1000 CYCLE;
GRANT USAGE ON SEQUENCE app.s TO sg_golden_reader;
CREATE TABLE app.t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, code varchar(20) NOT NULL DEFAULT 'x',
    k int DEFAULT 42, "Mixed Case" text COLLATE "C", m app.mood DEFAULT 'ok', p app.pos, tags text[], s serial,
    g int GENERATED ALWAYS AS (k * 2) STORED, n numeric(10,2) DEFAULT 1.5, CHECK (k > 0) NOT VALID);
GRANT SELECT, INSERT ON app.t TO sg_golden_reader WITH GRANT OPTION;
GRANT SELECT (code) ON app.t TO PUBLIC;
COMMENT ON COLUMN app.t.k IS 'kay';
ALTER TABLE app.t ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_read ON app.t FOR SELECT TO sg_golden_reader USING (k > 1);
CREATE TABLE app.part (id int, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE app.part_2020 PARTITION OF app.part FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
CREATE INDEX ON app.part (id);
CREATE MATERIALIZED VIEW app.mv AS SELECT id, code FROM app.t;
CREATE INDEX ON app.mv (code);
CREATE VIEW app.v WITH (security_barrier) AS SELECT id FROM app.t WHERE k > 3;
GRANT SELECT ON app.v TO sg_golden_reader;
CREATE FUNCTION app.f(x int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT x';
REVOKE EXECUTE ON FUNCTION app.f(int) FROM PUBLIC;
CREATE PROCEDURE app.pr(x int) LANGUAGE sql AS 'SELECT 1';
CREATE EXTENSION citext;
