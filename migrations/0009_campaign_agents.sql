CREATE TABLE campaign_agents (
    campaign_id bigint NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    agent_id    bigint NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
    assigned_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (campaign_id, agent_id)
);

CREATE INDEX campaign_agents_agent_id_idx ON campaign_agents (agent_id);
