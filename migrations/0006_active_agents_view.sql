-- The support dashboard lists the agents who can take alerts.
CREATE VIEW active_agents AS
SELECT id, email, display_name, created_at
FROM agents
WHERE status = 'active';
