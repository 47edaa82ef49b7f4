-- setup: @app
-- expect: none
PREPARE drop_alert (bigint) AS DELETE FROM alerts WHERE id = $1;
EXECUTE drop_alert(7);
DEALLOCATE drop_alert;
