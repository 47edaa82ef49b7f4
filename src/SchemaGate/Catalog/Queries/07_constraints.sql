-- Table constraints (primary key, unique, check, foreign key, exclusion), also checks of foreign tables. Constraints cloned onto partitions
-- from the partitioned table (conparentid <> 0) and NOT NULL entries (newer servers) are left out.
SELECT 'Constraint' AS kind,
       n.nspname::text AS schema,
       n.nspname || '.' || c.relname AS parent,
       n.nspname || '.' || c.relname || '.' || k.conname AS identity,
       CASE k.contype WHEN 'p' THEN 'primary key' WHEN 'u' THEN 'unique' WHEN 'c' THEN 'check'
                      WHEN 'f' THEN 'foreign key' WHEN 'x' THEN 'exclusion' ELSE k.contype::text END AS type,
       pg_get_constraintdef(k.oid) AS definition,
       k.condeferrable::text AS deferrable,
       k.condeferred::text AS "initiallyDeferred",
       k.convalidated::text AS validated,
       CASE WHEN k.contype = 'f' THEN
           CASE k.confupdtype WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE'
                              WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END END AS "onUpdate",
       CASE WHEN k.contype = 'f' THEN
           CASE k.confdeltype WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE'
                              WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END END AS "onDelete",
       CASE WHEN k.contype = 'f' THEN
           CASE k.confmatchtype WHEN 'f' THEN 'FULL' WHEN 'p' THEN 'PARTIAL' ELSE 'SIMPLE' END END AS "matchType",
       d.description AS comment
  FROM pg_constraint k
  JOIN pg_class c ON c.oid = k.conrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_description d ON d.objoid = k.oid AND d.classoid = 'pg_constraint'::regclass AND d.objsubid = 0
 WHERE k.conrelid <> 0 AND k.conparentid = 0 AND k.contype IN ('p', 'u', 'c', 'f', 'x')
   AND c.relkind IN ('r', 'p', 'f') AND c.relpersistence <> 't'
   AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
   AND c.oid NOT IN {{extension_members: 'pg_class'}}
