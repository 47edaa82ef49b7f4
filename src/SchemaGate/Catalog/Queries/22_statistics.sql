-- Extended statistics (CREATE STATISTICS), with the table they are on as parent. target is set only when
-- ALTER STATISTICS ... SET STATISTICS gave one.
SELECT 'ExtendedStatistic' AS kind,
       n.nspname::text AS schema,
       tn.nspname || '.' || t.relname AS parent,
       n.nspname || '.' || s.stxname AS identity,
       pg_get_statisticsobjdef(s.oid) AS definition,
       CASE WHEN s.stxstattarget >= 0 THEN s.stxstattarget::text END AS target,
       pg_get_userbyid(s.stxowner)::text AS owner,
       {{comment: 'pg_statistic_ext' ; s.oid}} AS comment
  FROM pg_statistic_ext s
  JOIN pg_namespace n ON n.oid = s.stxnamespace
  JOIN pg_class t ON t.oid = s.stxrelid
  JOIN pg_namespace tn ON tn.oid = t.relnamespace
 WHERE {{user_schema: n.nspname}}
   AND {{not_from_extension: 'pg_statistic_ext' ; s.oid}}
