-- User mappings, identified as "server for role" (PUBLIC for the public mapping). Read from pg_user_mappings, which
-- any role may read. Options that look like secrets (a name holding pass, secret, token, key or credential) are never
-- read: secretOptions lists their names only. The other options are visible to a superuser, the mapped role or the
-- server's owner; to any other role they read "(not readable)", which the diff does not compare with anything (a
-- read-only production role must not see drift where it cannot look).
WITH m AS (
    SELECT um.srvname, um.umuser, um.usename, um.umoptions, s.srvowner,
           (um.umuser <> 0 AND um.usename = current_user
                AND (pg_has_role(s.srvowner, 'USAGE') OR has_server_privilege(s.oid, 'USAGE')))
           OR (um.umuser = 0 AND pg_has_role(s.srvowner, 'USAGE'))
           OR coalesce((SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = current_user), false) AS readable
      FROM pg_user_mappings um
      JOIN pg_foreign_server s ON s.oid = um.srvid
)
SELECT 'UserMapping' AS kind,
       ''::text AS schema,
       NULL::text AS parent,
       m.srvname || ' for ' || CASE WHEN m.umuser = 0 THEN 'PUBLIC' ELSE m.usename::text END AS identity,
       m.srvname::text AS server,
       CASE WHEN m.umuser = 0 THEN 'PUBLIC' ELSE m.usename::text END AS "user",
       CASE WHEN m.readable THEN
           {{options: ARRAY(SELECT o FROM unnest(m.umoptions) o
                            WHERE split_part(o, '=', 1) !~* '(pass|secret|token|key|credential)')}}
            ELSE '(not readable)' END AS options,
       CASE WHEN m.readable THEN
           (SELECT string_agg(split_part(o, '=', 1), ', ' ORDER BY split_part(o, '=', 1))
              FROM unnest(m.umoptions) o
             WHERE split_part(o, '=', 1) ~* '(pass|secret|token|key|credential)')
            ELSE '(not readable)' END AS "secretOptions"
  FROM m
