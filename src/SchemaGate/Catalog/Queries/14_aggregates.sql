-- Aggregates, identified as functions are (schema.name(identity arguments)). arguments is the argument list
-- CREATE AGGREGATE takes (ORDER BY included for ordered-set ones); every support function is schema-qualified.
SELECT 'Aggregate' AS kind,
       n.nspname::text AS schema,
       NULL::text AS parent,
       n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS identity,
       pg_get_function_arguments(p.oid) AS arguments,
       CASE a.aggkind WHEN 'o' THEN 'ordered-set' WHEN 'h' THEN 'hypothetical' ELSE 'normal' END AS "aggregateKind",
       {{function_name: a.aggtransfn}} AS sfunc,
       format_type(a.aggtranstype, NULL) AS stype,
       nullif(a.aggtransspace, 0)::text AS sspace,
       {{function_name: a.aggfinalfn}} AS finalfunc,
       CASE WHEN a.aggfinalfn <> 0 THEN a.aggfinalextra::text END AS "finalfuncExtra",
       CASE WHEN a.aggfinalfn <> 0 THEN
           CASE a.aggfinalmodify WHEN 'r' THEN 'READ_ONLY' WHEN 's' THEN 'SHAREABLE' ELSE 'READ_WRITE' END END AS "finalfuncModify",
       {{function_name: a.aggcombinefn}} AS combinefunc,
       {{function_name: a.aggserialfn}} AS serialfunc,
       {{function_name: a.aggdeserialfn}} AS deserialfunc,
       a.agginitval AS initcond,
       {{function_name: a.aggmtransfn}} AS msfunc,
       {{function_name: a.aggminvtransfn}} AS minvfunc,
       CASE WHEN a.aggmtranstype <> 0 THEN format_type(a.aggmtranstype, NULL) END AS mstype,
       nullif(a.aggmtransspace, 0)::text AS msspace,
       {{function_name: a.aggmfinalfn}} AS mfinalfunc,
       CASE WHEN a.aggmfinalfn <> 0 THEN a.aggmfinalextra::text END AS "mfinalfuncExtra",
       CASE WHEN a.aggmfinalfn <> 0 THEN
           CASE a.aggmfinalmodify WHEN 'r' THEN 'READ_ONLY' WHEN 's' THEN 'SHAREABLE' ELSE 'READ_WRITE' END END AS "mfinalfuncModify",
       a.aggminitval AS minitcond,
       {{operator_name: a.aggsortop}} AS sortop,
       CASE p.proparallel WHEN 's' THEN 'SAFE' WHEN 'r' THEN 'RESTRICTED' ELSE 'UNSAFE' END AS parallel,
       pg_get_userbyid(p.proowner)::text AS owner,
       {{comment: 'pg_proc' ; p.oid}} AS comment,
       {{privileges: coalesce(p.proacl, acldefault('f', p.proowner)) ; p.proowner}} AS privileges,
       {{owner_privileges: p.proacl ; acldefault('f', p.proowner) ; p.proowner}} AS "ownerPrivileges"
  FROM pg_aggregate a
  JOIN pg_proc p ON p.oid = a.aggfnoid
  JOIN pg_namespace n ON n.oid = p.pronamespace
 WHERE {{user_schema: n.nspname}}
   AND {{not_from_extension: 'pg_proc' ; p.oid}}
