-- The traced analysis' inventory before a script: user relations (R, with relfilenode and, for an index its
-- table, for a sequence the table that owns it), live columns of tables (C), schemas (N) and user-defined
-- types (T: enum, domain, range, standalone composite). System schemas and extension members are left out.
WITH nsp AS (
    SELECT n.oid, n.nspname
      FROM pg_namespace n
     WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
       AND n.nspname !~ '^pg_(toast_)?temp_'
       AND NOT EXISTS (SELECT 1 FROM pg_depend e
                        WHERE e.classid = 'pg_namespace'::regclass AND e.objid = n.oid AND e.deptype = 'e')
), rel AS (
    SELECT c.oid, nsp.nspname, c.relname, c.relkind, c.relfilenode,
           CASE WHEN c.relkind IN ('i', 'I') THEN i.indrelid
                WHEN c.relkind = 'S' THEN (SELECT d.refobjid FROM pg_depend d
                                            WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                              AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
                                            LIMIT 1)
           END AS owner
      FROM pg_class c
      JOIN nsp ON nsp.oid = c.relnamespace
      LEFT JOIN pg_index i ON i.indexrelid = c.oid
     WHERE c.relkind IN ('r', 'p', 'm', 'i', 'I', 'S')
       AND NOT EXISTS (SELECT 1 FROM pg_depend e
                        WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
)
SELECT 'R' AS k, rel.oid, 0::int4 AS sub, rel.nspname::text AS schema, rel.relname::text AS name,
       rel.relkind::text AS relkind, rel.relfilenode AS node, coalesce(rel.owner, 0::oid) AS owner
  FROM rel
UNION ALL
SELECT 'C', a.attrelid, a.attnum::int4, NULL, a.attname::text, NULL, 0::oid, 0::oid
  FROM pg_attribute a
  JOIN rel ON rel.oid = a.attrelid AND rel.relkind IN ('r', 'p')
 WHERE a.attnum > 0 AND NOT a.attisdropped
UNION ALL
SELECT 'N', nsp.oid, 0, nsp.nspname::text, nsp.nspname::text, NULL, 0::oid, 0::oid
  FROM nsp
UNION ALL
SELECT 'T', t.oid, 0, nsp.nspname::text, t.typname::text, t.typtype::text, 0::oid, 0::oid
  FROM pg_type t
  JOIN nsp ON nsp.oid = t.typnamespace
 WHERE (t.typtype IN ('e', 'd', 'r')
        OR (t.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_class r WHERE r.oid = t.typrelid AND r.relkind = 'c')))
   AND NOT EXISTS (SELECT 1 FROM pg_depend e
                    WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid AND e.deptype = 'e')
