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
