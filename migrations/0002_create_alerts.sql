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
