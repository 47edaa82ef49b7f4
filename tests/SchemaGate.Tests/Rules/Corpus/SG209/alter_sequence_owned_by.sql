-- setup: @app
-- setup: CREATE SEQUENCE alert_no;
-- expect: none
ALTER SEQUENCE alert_no OWNED BY alerts.id;
