-- setup: @app
-- expect: none
CREATE FUNCTION open_count() RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT count(*) FROM alerts WHERE NOT resolved;
END;
