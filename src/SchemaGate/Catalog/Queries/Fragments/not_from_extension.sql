-- parameters: catalog, oid
-- True unless object {oid} of system catalog {catalog} belongs to an extension (what an extension installs is the
-- extension's, not the schema's). Spliced in as {{not_from_extension: catalog ; oid}}.
NOT EXISTS (SELECT 1 FROM pg_depend ex_d
             WHERE ex_d.classid = {catalog}::regclass AND ex_d.objid = {oid} AND ex_d.deptype = 'e')
