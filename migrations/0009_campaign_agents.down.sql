DROP TABLE campaign_agents;
