-- User-defined enums, domains and stand-alone composite types. A stand-alone composite is found through the few
-- pg_class rows of kind 'c' (not by joining every table's row type to its table: 10,000 tables have 10,000 of those).
SELECT CASE t.typtype WHEN 'e' THEN 'Enum' WHEN 'd' THEN 'Domain' ELSE 'CompositeType' END AS kind,
       n.nspname::text AS schema,
       NULL::text AS parent,
       n.nspname || '.' || t.typname AS identity,
       pg_get_userbyid(t.typowner)::text AS owner,
       d.description AS comment,
       {{changed_privileges: t.typacl ; acldefault('T', t.typowner) ; t.typowner}} AS privileges,
       {{owner_privileges: t.typacl ; acldefault('T', t.typowner) ; t.typowner}} AS "ownerPrivileges",
       CASE WHEN t.typtype = 'e' THEN
           (SELECT string_agg(quote_literal(l.enumlabel), ', ' ORDER BY l.enumsortorder)
              FROM pg_enum l WHERE l.enumtypid = t.oid) END AS labels,
       CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END AS "baseType",
       CASE WHEN t.typtype = 'd' THEN t.typnotnull::text END AS "notNull",
       CASE WHEN t.typtype = 'd' THEN pg_get_expr(t.typdefaultbin, 0) END AS "default",
       CASE WHEN t.typtype = 'd' THEN
           (SELECT string_agg(k.conname || ': ' || pg_get_constraintdef(k.oid), '; ' ORDER BY k.conname)
              FROM pg_constraint k WHERE k.contypid = t.oid) END AS checks,
       CASE WHEN t.typtype = 'd' AND t.typcollation <> bt.typcollation THEN
           (SELECT cn.nspname || '.' || quote_ident(co.collname)
              FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace
             WHERE co.oid = t.typcollation) END AS collation,
       CASE WHEN t.typtype = 'c' THEN
           (SELECT string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum)
              FROM pg_attribute a
             WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped) END AS attributes
  FROM pg_type t
  JOIN pg_namespace n ON n.oid = t.typnamespace
  LEFT JOIN pg_type bt ON bt.oid = t.typbasetype
  LEFT JOIN pg_description d ON d.objoid = t.oid AND d.classoid = 'pg_type'::regclass AND d.objsubid = 0
 WHERE (t.typtype IN ('e', 'd') OR (t.typtype = 'c' AND t.typrelid IN (SELECT sc.oid FROM pg_class sc WHERE sc.relkind = 'c')))
   AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
   AND t.oid NOT IN {{extension_members: 'pg_type'}}
