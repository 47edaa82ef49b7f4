-- Schemas outside the system ones and outside extensions.
-- Result shape shared by every catalog query: kind, schema, parent, identity, then one column per attribute
-- (the column name is the attribute name; NULL means "not set").
SELECT 'Schema' AS kind,
       n.nspname::text AS schema,
       NULL::text AS parent,
       n.nspname::text AS identity,
       pg_get_userbyid(n.nspowner)::text AS owner,
       d.description AS comment,
       {{privileges: coalesce(n.nspacl, acldefault('n', n.nspowner)) ; n.nspowner}} AS privileges,
       {{owner_privileges: n.nspacl ; acldefault('n', n.nspowner) ; n.nspowner}} AS "ownerPrivileges"
  FROM pg_namespace n
  LEFT JOIN pg_description d ON d.objoid = n.oid AND d.classoid = 'pg_namespace'::regclass AND d.objsubid = 0
 WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
   AND NOT EXISTS (SELECT 1 FROM pg_depend e
                    WHERE e.classid = 'pg_namespace'::regclass AND e.objid = n.oid AND e.deptype = 'e')
