-- Default privileges (ALTER DEFAULT PRIVILEGES), one object per role, schema and kind of object. The role whose
-- defaults they are acts like an owner: migrations set them for whoever runs them, which is an application role in
-- production and the superuser in a rebuilt database. So when it is the schema's owner (for defaults in a schema) or
-- the database's owner (for defaults everywhere), it is not part of the identity ("tables in schema app"), it is the
-- owner attribute, and in the privileges it is "(owner)"; defaults of any other role keep the role in the identity
-- ("tables in schema app for role etl"). privileges are what the entry grants: for a schema, added to the defaults;
-- everywhere, instead of the built-in defaults (so an entry that only revokes EXECUTE from PUBLIC on functions reads
-- "(owner):EXECUTE").
WITH db AS (SELECT datdba FROM pg_database WHERE datname = current_database()),
entry AS (
    SELECT d.defaclrole, d.defaclacl, n.nspname,
           CASE d.defaclobjtype WHEN 'r' THEN 'tables' WHEN 'S' THEN 'sequences' WHEN 'f' THEN 'functions'
                                WHEN 'T' THEN 'types' WHEN 'n' THEN 'schemas' ELSE d.defaclobjtype::text END AS objects,
           d.defaclrole = CASE WHEN n.oid IS NULL OR n.nspowner = 'pg_database_owner'::regrole THEN db.datdba
                               ELSE n.nspowner END AS principal
      FROM pg_default_acl d
      CROSS JOIN db
      LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace
)
SELECT 'DefaultPrivilege' AS kind,
       coalesce(e.nspname::text, '') AS schema,
       NULL::text AS parent,
       e.objects || coalesce(' in schema ' || e.nspname, '')
           || CASE WHEN e.principal THEN '' ELSE ' for role ' || pg_get_userbyid(e.defaclrole) END AS identity,
       pg_get_userbyid(e.defaclrole)::text AS owner,
       coalesce((SELECT string_agg(x, '; ' ORDER BY x)
                   FROM (SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC'
                                     WHEN a.grantee = e.defaclrole THEN '(owner)'
                                     ELSE pg_get_userbyid(a.grantee)::text END
                                || ':' || a.privilege_type || CASE WHEN a.is_grantable THEN ':grantable' ELSE '' END AS x
                           FROM aclexplode(e.defaclacl) a) y), 'none') AS privileges
  FROM entry e
 WHERE e.nspname IS NULL OR {{user_schema: e.nspname}}
