-- Rewrite rules on tables and views (not the _RETURN rule that makes a view a view). definition is
-- pg_get_ruledef's CREATE RULE statement; enabled: O origin, D disabled, R replica, A always.
SELECT 'Rule' AS kind,
       n.nspname::text AS schema,
       n.nspname || '.' || c.relname AS parent,
       n.nspname || '.' || c.relname || '.' || r.rulename AS identity,
       CASE r.ev_type WHEN '1' THEN 'SELECT' WHEN '2' THEN 'UPDATE' WHEN '3' THEN 'INSERT' ELSE 'DELETE' END AS event,
       pg_get_ruledef(r.oid) AS definition,
       r.ev_enabled::text AS enabled,
       {{comment: 'pg_rewrite' ; r.oid}} AS comment
  FROM pg_rewrite r
  JOIN pg_class c ON c.oid = r.ev_class
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE r.rulename <> '_RETURN'
   AND {{user_schema: n.nspname}}
   AND {{not_from_extension: 'pg_class' ; c.oid}}
