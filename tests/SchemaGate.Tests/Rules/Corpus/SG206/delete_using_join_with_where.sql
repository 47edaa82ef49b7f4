-- setup: @app
-- expect: none
DELETE FROM alerts a USING agents g WHERE g.id = a.agent_id AND g.name = 'agent 3';
