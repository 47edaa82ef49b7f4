-- Collations created in the database (initdb's live in pg_catalog, an extension's belong to it). provider is libc,
-- icu or builtin; locale is an ICU or builtin locale, lcCollate/lcCtype libc's; the collation's version (which
-- follows the operating system's library) is left out. Columns that moved between servers are read through to_jsonb.
SELECT 'Collation' AS kind,
       n.nspname::text AS schema,
       NULL::text AS parent,
       n.nspname || '.' || co.collname AS identity,
       CASE co.collprovider WHEN 'c' THEN 'libc' WHEN 'i' THEN 'icu' WHEN 'b' THEN 'builtin' ELSE 'default' END AS provider,
       CASE WHEN co.collprovider = 'c' THEN to_jsonb(co) ->> 'collcollate' END AS "lcCollate",
       CASE WHEN co.collprovider = 'c' THEN to_jsonb(co) ->> 'collctype' END AS "lcCtype",
       coalesce(to_jsonb(co) ->> 'colllocale', to_jsonb(co) ->> 'colliculocale') AS locale,
       to_jsonb(co) ->> 'collicurules' AS rules,
       co.collisdeterministic::text AS deterministic,
       pg_get_userbyid(co.collowner)::text AS owner,
       {{comment: 'pg_collation' ; co.oid}} AS comment
  FROM pg_collation co
  JOIN pg_namespace n ON n.oid = co.collnamespace
 WHERE {{user_schema: n.nspname}}
   AND {{not_from_extension: 'pg_collation' ; co.oid}}
