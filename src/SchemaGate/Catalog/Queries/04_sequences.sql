-- Sequences, except those that implement identity columns (they are part of the column).
-- A sequence owned by a column (serial) has that column's table as its parent.
SELECT 'Sequence' AS kind,
       n.nspname::text AS schema,
       o.tbl AS parent,
       n.nspname || '.' || c.relname AS identity,
       format_type(s.seqtypid, NULL) AS "dataType",
       s.seqstart::text AS start,
       s.seqincrement::text AS increment,
       s.seqmin::text AS "minValue",
       s.seqmax::text AS "maxValue",
       s.seqcycle::text AS cycle,
       s.seqcache::text AS cache,
       o.col AS "ownedBy",
       pg_get_userbyid(c.relowner)::text AS owner,
       d.description AS comment,
       CASE WHEN c.relacl IS NOT NULL THEN {{privileges: c.relacl ; c.relowner}} END AS privileges,
       {{owner_privileges: c.relacl ; acldefault('s', c.relowner) ; c.relowner}} AS "ownerPrivileges"
  FROM pg_sequence s
  JOIN pg_class c ON c.oid = s.seqrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN LATERAL (
        SELECT tn.nspname || '.' || t.relname AS tbl,
               tn.nspname || '.' || t.relname || '.' || a.attname AS col
          FROM pg_depend dp
          JOIN pg_class t ON t.oid = dp.refobjid
          JOIN pg_namespace tn ON tn.oid = t.relnamespace
          JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = dp.refobjsubid
         WHERE dp.classid = 'pg_class'::regclass AND dp.objid = c.oid
           AND dp.refclassid = 'pg_class'::regclass AND dp.deptype = 'a'
         LIMIT 1) o ON true
  LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
 WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
   AND NOT EXISTS (SELECT 1 FROM pg_depend e
                    WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype IN ('e', 'i'))
