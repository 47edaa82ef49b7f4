-- Columns of tables and foreign tables (partitions inherit theirs from the partitioned table and are left out).
-- options are a foreign table column's own options (OPTIONS (name 'value')).
-- position is the attnum here; the reader ranks it among the table's live columns (ColumnPositions), so a dropped
-- column does not shift the comparison.
-- A collation is looked up only for the few columns whose collation is not their type's (joining every column to
-- pg_collation cost more than a tenth of this query).
-- A plain default cannot refer to columns, so it is deparsed without the table as context (relation 0): the same
-- text, without opening every table (building its relcache entry) just to deparse a constant or a function call.
SELECT 'Column' AS kind,
       n.nspname::text AS schema,
       n.nspname || '.' || c.relname AS parent,
       n.nspname || '.' || c.relname || '.' || a.attname AS identity,
       a.attnum::text AS position,
       format_type(a.atttypid, a.atttypmod) AS type,
       a.attnotnull::text AS "notNull",
       CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, 0) END AS "default",
       CASE a.attidentity WHEN 'a' THEN 'always' WHEN 'd' THEN 'by default' END AS "identityKind",
       CASE WHEN a.attgenerated <> '' THEN pg_get_expr(ad.adbin, ad.adrelid) END AS generated,
       CASE WHEN a.attcollation <> t.typcollation THEN
           (SELECT cn.nspname || '.' || quote_ident(co.collname)
              FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace
             WHERE co.oid = a.attcollation) END AS collation,
       d.description AS comment,
       CASE WHEN a.attacl IS NOT NULL THEN
           {{privileges: a.attacl ; c.relowner}} END AS privileges,
       CASE WHEN a.attfdwoptions IS NOT NULL THEN {{options: a.attfdwoptions}} END AS options
  FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_type t ON t.oid = a.atttypid
  LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
  LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = a.attnum
 WHERE a.attnum > 0 AND NOT a.attisdropped
   AND c.relkind IN ('r', 'p', 'f') AND c.relpersistence <> 't' AND NOT c.relispartition
   AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
   AND c.oid NOT IN {{extension_members: 'pg_class'}}
