-- Casts created in the database (initdb's have oids below 16384; an extension's belong to it, and the ones the server makes
-- for a multirange type to its range), identified as
-- "(source AS target)". schema is the source type's schema, or the target's when the source is built in.
-- function is the cast function with its argument types, as CREATE CAST ... WITH FUNCTION names it.
SELECT 'Cast' AS kind,
       CASE WHEN sn.nspname = 'pg_catalog' THEN tn.nspname ELSE sn.nspname END::text AS schema,
       NULL::text AS parent,
       '(' || format_type(c.castsource, NULL) || ' AS ' || format_type(c.casttarget, NULL) || ')' AS identity,
       CASE c.castmethod WHEN 'f' THEN 'function' WHEN 'i' THEN 'inout' ELSE 'binary' END AS method,
       CASE WHEN c.castfunc <> 0 THEN
           {{function_name: c.castfunc}} || '(' || (SELECT oidvectortypes(fp.proargtypes) FROM pg_proc fp WHERE fp.oid = c.castfunc) || ')'
       END AS function,
       CASE c.castcontext WHEN 'i' THEN 'implicit' WHEN 'a' THEN 'assignment' ELSE 'explicit' END AS context,
       {{comment: 'pg_cast' ; c.oid}} AS comment
  FROM pg_cast c
  JOIN pg_type s ON s.oid = c.castsource
  JOIN pg_namespace sn ON sn.oid = s.typnamespace
  JOIN pg_type t ON t.oid = c.casttarget
  JOIN pg_namespace tn ON tn.oid = t.typnamespace
 WHERE c.oid >= 16384
   AND NOT EXISTS (SELECT 1 FROM pg_depend d
                    WHERE d.classid = 'pg_cast'::regclass AND d.objid = c.oid AND d.deptype IN ('e', 'i'))
