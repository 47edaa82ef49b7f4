-- Functions and procedures (aggregates are left out), identified by schema.name(identity arguments). Functions the
-- server made for another object (a range type's constructors) belong to that object and are left out.
SELECT CASE p.prokind WHEN 'p' THEN 'Procedure' ELSE 'Function' END AS kind,
       n.nspname::text AS schema,
       NULL::text AS parent,
       n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS identity,
       pg_get_functiondef(p.oid) AS definition,
       CASE p.provolatile WHEN 'i' THEN 'immutable' WHEN 's' THEN 'stable' ELSE 'volatile' END AS volatility,
       p.prosecdef::text AS "securityDefiner",
       l.lanname::text AS language,
       pg_get_function_result(p.oid) AS returns,
       pg_get_userbyid(p.proowner)::text AS owner,
       d.description AS comment,
       {{privileges: coalesce(p.proacl, acldefault('f', p.proowner)) ; p.proowner}} AS privileges,
       {{owner_privileges: p.proacl ; acldefault('f', p.proowner) ; p.proowner}} AS "ownerPrivileges"
  FROM pg_proc p
  JOIN pg_namespace n ON n.oid = p.pronamespace
  JOIN pg_language l ON l.oid = p.prolang
  LEFT JOIN pg_description d ON d.objoid = p.oid AND d.classoid = 'pg_proc'::regclass AND d.objsubid = 0
 WHERE p.prokind IN ('f', 'p', 'w')
   AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
   AND NOT EXISTS (SELECT 1 FROM pg_depend e
                    WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid AND e.deptype IN ('e', 'i'))
