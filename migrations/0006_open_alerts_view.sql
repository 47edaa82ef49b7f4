CREATE VIEW open_alerts_by_agent AS
SELECT a.id            AS agent_id,
       a.display_name,
       count(al.id)    AS open_alerts,
       max(al.severity) AS worst_severity
FROM agents a
LEFT JOIN alerts al ON al.agent_id = a.id AND al.resolved_at IS NULL
GROUP BY a.id, a.display_name;
