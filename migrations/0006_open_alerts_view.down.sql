DROP VIEW open_alerts_by_agent;
