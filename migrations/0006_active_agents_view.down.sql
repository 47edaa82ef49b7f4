DROP VIEW active_agents;
