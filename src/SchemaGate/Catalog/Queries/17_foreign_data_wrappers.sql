-- Foreign data wrappers not installed by an extension (postgres_fdw's belongs to the extension). They live in no
-- schema: schema is empty, and --include-schemas leaves them out.
SELECT 'ForeignDataWrapper' AS kind,
       ''::text AS schema,
       NULL::text AS parent,
       w.fdwname::text AS identity,
       {{function_name: w.fdwhandler}} AS handler,
       {{function_name: w.fdwvalidator}} AS validator,
       {{options: w.fdwoptions}} AS options,
       pg_get_userbyid(w.fdwowner)::text AS owner,
       {{comment: 'pg_foreign_data_wrapper' ; w.oid}} AS comment,
       {{privileges: coalesce(w.fdwacl, acldefault('F', w.fdwowner)) ; w.fdwowner}} AS privileges,
       {{owner_privileges: w.fdwacl ; acldefault('F', w.fdwowner) ; w.fdwowner}} AS "ownerPrivileges"
  FROM pg_foreign_data_wrapper w
 WHERE {{not_from_extension: 'pg_foreign_data_wrapper' ; w.oid}}
