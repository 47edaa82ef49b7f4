-- Foreign servers (in no schema, like their wrappers). type and version are what CREATE SERVER was told.
SELECT 'ForeignServer' AS kind,
       ''::text AS schema,
       NULL::text AS parent,
       s.srvname::text AS identity,
       w.fdwname::text AS wrapper,
       s.srvtype AS type,
       s.srvversion AS version,
       {{options: s.srvoptions}} AS options,
       pg_get_userbyid(s.srvowner)::text AS owner,
       {{comment: 'pg_foreign_server' ; s.oid}} AS comment,
       {{privileges: coalesce(s.srvacl, acldefault('S', s.srvowner)) ; s.srvowner}} AS privileges,
       {{owner_privileges: s.srvacl ; acldefault('S', s.srvowner) ; s.srvowner}} AS "ownerPrivileges"
  FROM pg_foreign_server s
  JOIN pg_foreign_data_wrapper w ON w.oid = s.srvfdw
 WHERE {{not_from_extension: 'pg_foreign_server' ; s.oid}}
