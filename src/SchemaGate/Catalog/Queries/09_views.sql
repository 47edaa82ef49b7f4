-- Views and materialized views with their deparsed definitions.
SELECT CASE c.relkind WHEN 'v' THEN 'View' ELSE 'MaterializedView' END AS kind,
       n.nspname::text AS schema,
       NULL::text AS parent,
       n.nspname || '.' || c.relname AS identity,
       pg_get_viewdef(c.oid, true) AS definition,
       array_to_string(c.reloptions, ', ') AS options,
       pg_get_userbyid(c.relowner)::text AS owner,
       d.description AS comment,
       CASE WHEN c.relacl IS NOT NULL THEN {{privileges: c.relacl ; c.relowner}} END AS privileges,
       {{owner_privileges: c.relacl ; acldefault('r', c.relowner) ; c.relowner}} AS "ownerPrivileges"
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
 WHERE c.relkind IN ('v', 'm')
   AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
   AND NOT EXISTS (SELECT 1 FROM pg_depend e
                    WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
