-- Range types, and the multirange type each one comes with (its parent). A range's subtypeOpclass and collation
-- are set only when they are not the subtype's defaults; canonical and subtypeDiff are schema-qualified functions.
-- Privileges, as for the other types, show only once they differ from the default; a multirange has none of its
-- own (they are the range's).
SELECT 'RangeType' AS kind,
       n.nspname::text AS schema,
       NULL::text AS parent,
       n.nspname || '.' || t.typname AS identity,
       format_type(r.rngsubtype, NULL) AS subtype,
       CASE WHEN NOT oc.opcdefault THEN quote_ident(ocn.nspname) || '.' || quote_ident(oc.opcname) END AS "subtypeOpclass",
       CASE WHEN r.rngcollation <> 0 AND r.rngcollation <> st.typcollation THEN
           (SELECT quote_ident(cn.nspname) || '.' || quote_ident(co.collname)
              FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace
             WHERE co.oid = r.rngcollation) END AS collation,
       {{function_name: r.rngcanonical}} AS canonical,
       {{function_name: r.rngsubdiff}} AS "subtypeDiff",
       (SELECT mn.nspname || '.' || mt.typname FROM pg_type mt JOIN pg_namespace mn ON mn.oid = mt.typnamespace
         WHERE mt.oid = r.rngmultitypid) AS multirange,
       pg_get_userbyid(t.typowner)::text AS owner,
       {{comment: 'pg_type' ; t.oid}} AS comment,
       {{changed_privileges: t.typacl ; acldefault('T', t.typowner) ; t.typowner}} AS privileges,
       {{owner_privileges: t.typacl ; acldefault('T', t.typowner) ; t.typowner}} AS "ownerPrivileges"
  FROM pg_range r
  JOIN pg_type t ON t.oid = r.rngtypid
  JOIN pg_namespace n ON n.oid = t.typnamespace
  JOIN pg_type st ON st.oid = r.rngsubtype
  JOIN pg_opclass oc ON oc.oid = r.rngsubopc
  JOIN pg_namespace ocn ON ocn.oid = oc.opcnamespace
 WHERE {{user_schema: n.nspname}}
   AND {{not_from_extension: 'pg_type' ; t.oid}}
UNION ALL
SELECT 'MultirangeType' AS kind,
       mn.nspname::text AS schema,
       n.nspname || '.' || t.typname AS parent,
       mn.nspname || '.' || mt.typname AS identity,
       NULL, NULL, NULL, NULL, NULL, NULL,
       pg_get_userbyid(mt.typowner)::text AS owner,
       {{comment: 'pg_type' ; mt.oid}} AS comment,
       NULL, NULL
  FROM pg_range r
  JOIN pg_type t ON t.oid = r.rngtypid
  JOIN pg_namespace n ON n.oid = t.typnamespace
  JOIN pg_type mt ON mt.oid = r.rngmultitypid
  JOIN pg_namespace mn ON mn.oid = mt.typnamespace
 WHERE {{user_schema: n.nspname}}
   AND {{not_from_extension: 'pg_type' ; t.oid}}
