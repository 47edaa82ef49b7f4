-- Ordinary and partitioned tables. A partition's parent is the table it is a partition of.
SELECT 'Table' AS kind,
       n.nspname::text AS schema,
       po.name AS parent,
       n.nspname || '.' || c.relname AS identity,
       CASE c.relpersistence WHEN 'u' THEN 'unlogged' WHEN 't' THEN 'temporary' ELSE 'permanent' END AS persistence,
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS "partitionKey",
       po.name AS "partitionOf",
       CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END AS "partitionBound",
       CASE WHEN NOT c.relispartition THEN
           (SELECT string_agg(pn.nspname || '.' || p.relname, ', ' ORDER BY i.inhseqno)
              FROM pg_inherits i
              JOIN pg_class p ON p.oid = i.inhparent
              JOIN pg_namespace pn ON pn.oid = p.relnamespace
             WHERE i.inhrelid = c.oid) END AS inherits,
       c.relrowsecurity::text AS "rowSecurity",
       c.relforcerowsecurity::text AS "forceRowSecurity",
       CASE c.relreplident WHEN 'd' THEN 'default' WHEN 'n' THEN 'nothing' WHEN 'f' THEN 'full' ELSE 'index' END AS "replicaIdentity",
       CASE WHEN c.relreplident = 'i' THEN
           (SELECT ri.relname::text FROM pg_index x JOIN pg_class ri ON ri.oid = x.indexrelid
             WHERE x.indrelid = c.oid AND x.indisreplident) END AS "replicaIdentityIndex",
       array_to_string(c.reloptions, ', ') AS options,
       pg_get_userbyid(c.relowner)::text AS owner,
       d.description AS comment,
       CASE WHEN c.relacl IS NOT NULL THEN {{privileges: c.relacl ; c.relowner}} END AS privileges,
       {{owner_privileges: c.relacl ; acldefault('r', c.relowner) ; c.relowner}} AS "ownerPrivileges"
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN LATERAL (
        SELECT pn.nspname || '.' || p.relname AS name
          FROM pg_inherits i
          JOIN pg_class p ON p.oid = i.inhparent
          JOIN pg_namespace pn ON pn.oid = p.relnamespace
         WHERE c.relispartition AND i.inhrelid = c.oid) po ON true
  LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
 WHERE c.relkind IN ('r', 'p') AND c.relpersistence <> 't'
   AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
   AND c.oid NOT IN {{extension_members: 'pg_class'}}
