-- Installed extensions: name, version and the schema they live in.
SELECT 'Extension' AS kind,
       n.nspname::text AS schema,
       NULL::text AS parent,
       x.extname::text AS identity,
       x.extversion AS version,
       n.nspname::text AS "inSchema",
       pg_get_userbyid(x.extowner)::text AS owner,
       d.description AS comment
  FROM pg_extension x
  JOIN pg_namespace n ON n.oid = x.extnamespace
  LEFT JOIN pg_description d ON d.objoid = x.oid AND d.classoid = 'pg_extension'::regclass AND d.objsubid = 0
