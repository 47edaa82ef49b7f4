-- Foreign tables (their columns and checks are read with the tables').
SELECT 'ForeignTable' AS kind,
       n.nspname::text AS schema,
       NULL::text AS parent,
       n.nspname || '.' || c.relname AS identity,
       s.srvname::text AS server,
       {{options: f.ftoptions}} AS options,
       pg_get_userbyid(c.relowner)::text AS owner,
       {{comment: 'pg_class' ; c.oid}} AS comment,
       {{privileges: coalesce(c.relacl, acldefault('r', c.relowner)) ; c.relowner}} AS privileges,
       {{owner_privileges: c.relacl ; acldefault('r', c.relowner) ; c.relowner}} AS "ownerPrivileges"
  FROM pg_foreign_table f
  JOIN pg_class c ON c.oid = f.ftrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_foreign_server s ON s.oid = f.ftserver
 WHERE {{user_schema: n.nspname}}
   AND {{not_from_extension: 'pg_class' ; c.oid}}
