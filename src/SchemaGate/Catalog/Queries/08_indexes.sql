-- Indexes that do not implement a constraint, on tables and materialized views. Index partitions that
-- belong to an index on the partitioned table are left out.
SELECT 'Index' AS kind,
       n.nspname::text AS schema,
       tn.nspname || '.' || t.relname AS parent,
       n.nspname || '.' || ic.relname AS identity,
       pg_get_indexdef(i.indexrelid) AS definition,
       i.indisunique::text AS "unique",
       am.amname::text AS method,
       pg_get_expr(i.indpred, i.indrelid) AS predicate,
       d.description AS comment
  FROM pg_index i
  JOIN pg_class ic ON ic.oid = i.indexrelid
  JOIN pg_namespace n ON n.oid = ic.relnamespace
  JOIN pg_class t ON t.oid = i.indrelid
  JOIN pg_namespace tn ON tn.oid = t.relnamespace
  JOIN pg_am am ON am.oid = ic.relam
  LEFT JOIN pg_description d ON d.objoid = ic.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
 WHERE t.relkind IN ('r', 'p', 'm') AND t.relpersistence <> 't' AND NOT ic.relispartition
   AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
   AND NOT EXISTS (SELECT 1 FROM pg_constraint k
                    WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x'))
   AND NOT EXISTS (SELECT 1 FROM pg_depend e
                    WHERE e.classid = 'pg_class'::regclass AND e.objid = t.oid AND e.deptype = 'e')
