-- minimum server: 15
-- Publications (in no schema). tables lists the tables named in the publication (with their column list and row
-- filter) and schemas the schemas published whole (TABLES IN SCHEMA), each sorted and written as ALTER PUBLICATION
-- ... SET takes them. Read on PostgreSQL 15 and later (column lists, row filters and schemas came with 15).
SELECT 'Publication' AS kind,
       ''::text AS schema,
       NULL::text AS parent,
       p.pubname::text AS identity,
       p.puballtables::text AS "allTables",
       concat_ws(', ', CASE WHEN p.pubinsert THEN 'insert' END, CASE WHEN p.pubupdate THEN 'update' END,
                 CASE WHEN p.pubdelete THEN 'delete' END, CASE WHEN p.pubtruncate THEN 'truncate' END) AS publish,
       p.pubviaroot::text AS "viaRoot",
       (SELECT string_agg(t, ', ' ORDER BY t)
          FROM (SELECT quote_ident(tn.nspname) || '.' || quote_ident(tc.relname)
                       || coalesce(' (' || (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum)
                                              FROM pg_attribute a
                                             WHERE a.attrelid = pr.prrelid AND a.attnum = ANY (pr.prattrs)) || ')', '')
                       || coalesce(' WHERE (' || pg_get_expr(pr.prqual, pr.prrelid) || ')', '') AS t
                  FROM pg_publication_rel pr
                  JOIN pg_class tc ON tc.oid = pr.prrelid
                  JOIN pg_namespace tn ON tn.oid = tc.relnamespace
                 WHERE pr.prpubid = p.oid) x) AS tables,
       (SELECT string_agg(quote_ident(sn.nspname), ', ' ORDER BY sn.nspname)
          FROM pg_publication_namespace ps
          JOIN pg_namespace sn ON sn.oid = ps.pnnspid
         WHERE ps.pnpubid = p.oid) AS schemas,
       pg_get_userbyid(p.pubowner)::text AS owner,
       {{comment: 'pg_publication' ; p.oid}} AS comment
  FROM pg_publication p
 WHERE {{not_from_extension: 'pg_publication' ; p.oid}}
