-- Operators, identified as schema.symbol(left type, right type) with NONE for the missing side of a prefix
-- operator. Shell operators (named as a commutator or negator but never defined) are left out. Every function is
-- schema-qualified and every operator written OPERATOR(schema.symbol).
SELECT 'Operator' AS kind,
       n.nspname::text AS schema,
       NULL::text AS parent,
       n.nspname || '.' || o.oprname || '(' || CASE WHEN o.oprleft = 0 THEN 'NONE' ELSE format_type(o.oprleft, NULL) END
           || ', ' || CASE WHEN o.oprright = 0 THEN 'NONE' ELSE format_type(o.oprright, NULL) END || ')' AS identity,
       CASE WHEN o.oprleft <> 0 THEN format_type(o.oprleft, NULL) END AS "leftArg",
       CASE WHEN o.oprright <> 0 THEN format_type(o.oprright, NULL) END AS "rightArg",
       {{function_name: o.oprcode}} AS function,
       {{operator_name: o.oprcom}} AS commutator,
       {{operator_name: o.oprnegate}} AS negator,
       {{function_name: o.oprrest}} AS restrict,
       {{function_name: o.oprjoin}} AS "join",
       o.oprcanhash::text AS hashes,
       o.oprcanmerge::text AS merges,
       pg_get_userbyid(o.oprowner)::text AS owner,
       {{comment: 'pg_operator' ; o.oid}} AS comment
  FROM pg_operator o
  JOIN pg_namespace n ON n.oid = o.oprnamespace
 WHERE o.oprcode <> 0
   AND {{user_schema: n.nspname}}
   AND {{not_from_extension: 'pg_operator' ; o.oid}}
