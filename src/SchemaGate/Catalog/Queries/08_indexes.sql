-- Indexes that do not implement a constraint, on tables and materialized views. Index partitions that
-- belong to an index on the partitioned table are left out.
-- definition is pg_get_indexdef's text. For the common shape (a non-unique index on plain columns of base types,
-- each with its type's default operator class and the column's collation; no ordering options, INCLUDE, predicate,
-- storage or operator class options) the same text is built here in bulk, which is far cheaper than deparsing
-- index by index; every other index goes through pg_get_indexdef.
-- The default operator class is the one GetDefaultOpClass picks: the default class of the access method for
-- exactly the column's type, else the single preferred-type one among the binary-coercible defaults, else the
-- single binary-coercible default. Columns of domains, arrays and non-base types always take pg_get_indexdef.
WITH idx AS (
    SELECT i.indexrelid, i.indrelid, i.indisunique, i.indpred, i.indkey, i.indclass, i.indcollation,
           ic.relname AS iname, ic.relam, n.nspname AS schema,
           tn.nspname || '.' || t.relname AS parent,
           quote_ident(tn.nspname) || '.' || quote_ident(t.relname) AS qualified,
           ic.relkind = 'i' AND NOT i.indisunique AND i.indexprs IS NULL AND i.indpred IS NULL
               AND ic.reloptions IS NULL AND i.indnatts = i.indnkeyatts
               AND NOT (0 <> ANY (i.indoption::int2[])) AND NOT (0 = ANY (i.indkey::int2[])) AS simple
      FROM pg_index i
      JOIN pg_class ic ON ic.oid = i.indexrelid
      JOIN pg_namespace n ON n.oid = ic.relnamespace
      JOIN pg_class t ON t.oid = i.indrelid
      JOIN pg_namespace tn ON tn.oid = t.relnamespace
     WHERE t.relkind IN ('r', 'p', 'm') AND t.relpersistence <> 't' AND NOT ic.relispartition
       AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
       AND i.indexrelid NOT IN (SELECT k.conindid FROM pg_constraint k WHERE k.contype IN ('p', 'u', 'x'))
       AND t.oid NOT IN {{extension_members: 'pg_class'}}
),
keycol AS (
    SELECT x.indexrelid, x.relam, u.ord, a.attname, a.atttypid, a.attcollation,
           x.indclass[u.ord - 1] AS opc, x.indcollation[u.ord - 1] AS coll
      FROM idx x
     CROSS JOIN LATERAL unnest(x.indkey::int2[]) WITH ORDINALITY u(attnum, ord)
      JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = u.attnum
     WHERE x.simple
),
defaults AS (
    SELECT p.atttypid, p.relam,
           (SELECT CASE WHEN count(*) FILTER (WHERE o.opcintype = p.atttypid) = 1
                             THEN min(o.oid) FILTER (WHERE o.opcintype = p.atttypid)
                        WHEN count(*) FILTER (WHERE o.opcintype = p.atttypid) > 0 THEN NULL
                        WHEN count(*) FILTER (WHERE o.compatible AND o.preferred) = 1
                             THEN min(o.oid) FILTER (WHERE o.compatible AND o.preferred)
                        WHEN count(*) FILTER (WHERE o.compatible AND o.preferred) = 0
                             AND count(*) FILTER (WHERE o.compatible) = 1
                             THEN min(o.oid) FILTER (WHERE o.compatible) END
              FROM (SELECT oc.oid, oc.opcintype,
                           ot.typtype = 'p' AND ot.typname IN ('any', 'anyelement', 'anycompatible',
                                                                  'anynonarray', 'anycompatiblenonarray')
                               OR EXISTS (SELECT 1 FROM pg_cast c
                                           WHERE c.castsource = p.atttypid AND c.casttarget = oc.opcintype
                                             AND c.castmethod = 'b' AND c.castcontext = 'i') AS compatible,
                           ot.typispreferred AND ot.typcategory = pt.typcategory AS preferred
                      FROM pg_opclass oc
                      JOIN pg_type ot ON ot.oid = oc.opcintype
                     WHERE oc.opcmethod = p.relam AND oc.opcdefault) o) AS opc
      FROM (SELECT DISTINCT atttypid, relam FROM keycol) p
      JOIN pg_type pt ON pt.oid = p.atttypid
     WHERE pt.typtype = 'b' AND pt.typcategory <> 'A'
),
cols AS (
    SELECT k.indexrelid,
           string_agg(quote_ident(k.attname), ', ' ORDER BY k.ord) AS list,
           bool_and(k.opc = d.opc AND (k.coll = 0 OR k.coll = k.attcollation) AND ia.attoptions IS NULL) AS plain
      FROM keycol k
      LEFT JOIN defaults d ON d.atttypid = k.atttypid AND d.relam = k.relam
      LEFT JOIN pg_attribute ia ON ia.attrelid = k.indexrelid AND ia.attnum = k.ord
     GROUP BY k.indexrelid
)
SELECT 'Index' AS kind,
       x.schema::text AS schema,
       x.parent AS parent,
       x.schema || '.' || x.iname AS identity,
       CASE WHEN cl.plain
            THEN 'CREATE INDEX ' || quote_ident(x.iname) || ' ON ' || x.qualified
                 || ' USING ' || quote_ident(am.amname) || ' (' || cl.list || ')'
            ELSE pg_get_indexdef(x.indexrelid) END AS definition,
       x.indisunique::text AS "unique",
       am.amname::text AS method,
       pg_get_expr(x.indpred, x.indrelid) AS predicate,
       d.description AS comment
  FROM idx x
  JOIN pg_am am ON am.oid = x.relam
  LEFT JOIN cols cl ON cl.indexrelid = x.indexrelid
  LEFT JOIN pg_description d ON d.objoid = x.indexrelid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
