-- setup: @app
-- setup: CREATE VIEW alerts_view AS SELECT id, level FROM alerts;
-- expect: none
-- not: SG201
DROP VIEW alerts_view;
