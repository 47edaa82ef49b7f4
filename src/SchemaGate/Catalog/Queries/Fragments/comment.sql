-- parameters: catalog, oid
-- The comment on object {oid} of system catalog {catalog} (for example 'pg_collation'), or NULL.
-- Spliced in as {{comment: catalog ; oid}}.
(SELECT cx_d.description FROM pg_description cx_d
  WHERE cx_d.objoid = {oid} AND cx_d.classoid = {catalog}::regclass AND cx_d.objsubid = 0)
