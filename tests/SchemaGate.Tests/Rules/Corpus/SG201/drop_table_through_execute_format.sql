-- setup: @app
-- expect: none
-- expect-traced: SG201
-- note: the table name is built at run time; only the traced run sees the table go.
DO $$
BEGIN
  EXECUTE format('DROP TABLE %I', 'alerts_' || 'archive');
END $$;
