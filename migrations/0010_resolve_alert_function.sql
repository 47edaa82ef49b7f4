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
