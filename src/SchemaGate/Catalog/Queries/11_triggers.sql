-- User triggers (not internal ones, not clones on partitions). enabled: O origin, D disabled, R replica, A always.
SELECT 'Trigger' AS kind,
       n.nspname::text AS schema,
       n.nspname || '.' || c.relname AS parent,
       n.nspname || '.' || c.relname || '.' || tg.tgname AS identity,
       pg_get_triggerdef(tg.oid) AS definition,
       tg.tgenabled::text AS enabled,
       d.description AS comment
  FROM pg_trigger tg
  JOIN pg_class c ON c.oid = tg.tgrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_description d ON d.objoid = tg.oid AND d.classoid = 'pg_trigger'::regclass AND d.objsubid = 0
 WHERE NOT tg.tgisinternal AND tg.tgparentid = 0
   AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
   AND NOT EXISTS (SELECT 1 FROM pg_depend e
                    WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
