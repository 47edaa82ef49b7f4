-- Row-level security policies.
SELECT 'Policy' AS kind,
       n.nspname::text AS schema,
       n.nspname || '.' || c.relname AS parent,
       n.nspname || '.' || c.relname || '.' || p.polname AS identity,
       CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE'
                     WHEN 'd' THEN 'DELETE' ELSE 'ALL' END AS command,
       p.polpermissive::text AS permissive,
       (SELECT string_agg(r, ', ' ORDER BY r)
          FROM (SELECT CASE WHEN x = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x)::text END AS r
                  FROM unnest(p.polroles) x) y) AS roles,
       pg_get_expr(p.polqual, p.polrelid) AS "using",
       pg_get_expr(p.polwithcheck, p.polrelid) AS "withCheck",
       d.description AS comment
  FROM pg_policy p
  JOIN pg_class c ON c.oid = p.polrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_description d ON d.objoid = p.oid AND d.classoid = 'pg_policy'::regclass AND d.objsubid = 0
 WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
