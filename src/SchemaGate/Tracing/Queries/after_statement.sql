-- The traced analysis after one statement, in one round trip: this session's granted relation locks on
-- pre-existing relations (L), pre-existing relations whose relfilenode differs from the one before the script (W, with the current one) or gone (G),
-- dropped columns of pre-existing tables (C), and pre-existing schemas (N) and types (T) that are gone.
-- Positional parameters ($1 relations, $2 their relfilenodes, $3 tables, $4 schemas, $5 types) so that the query can
-- also travel as a batch command next to the statement, where Npgsql sends SQL as written.
SELECT 'L' AS k, l.relation AS id, 0 AS sub, l.mode::text AS mode
  FROM pg_locks l
 WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted AND l.relation = ANY($1)
UNION ALL
SELECT 'W', p.id, 0, c.relfilenode::text
  FROM unnest($1, $2) AS p(id, node)
  JOIN pg_class c ON c.oid = p.id
 WHERE p.node <> 0 AND c.relfilenode <> p.node
UNION ALL
SELECT 'G', p.id, 0, NULL
  FROM unnest($1) AS p(id)
 WHERE NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = p.id)
UNION ALL
SELECT 'C', a.attrelid, a.attnum::int4, NULL
  FROM pg_attribute a
 WHERE a.attrelid = ANY($3) AND a.attnum > 0 AND a.attisdropped
UNION ALL
SELECT 'N', p.id, 0, NULL
  FROM unnest($4) AS p(id)
 WHERE NOT EXISTS (SELECT 1 FROM pg_namespace n WHERE n.oid = p.id)
UNION ALL
SELECT 'T', p.id, 0, NULL
  FROM unnest($5) AS p(id)
 WHERE NOT EXISTS (SELECT 1 FROM pg_type t WHERE t.oid = p.id)
