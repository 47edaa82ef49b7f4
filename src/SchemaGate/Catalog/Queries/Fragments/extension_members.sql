-- parameters: catalog
-- The oids of the objects of system catalog {catalog} that belong to an extension, for "oid NOT IN (...)". Asked by
-- the extension they reference (refclassid), so pg_depend's reference index finds the few rows at once instead of
-- a scan of every dependency (a quarter of a million rows for 10,000 tables, scanned by each catalog query).
-- Spliced in as {{extension_members: catalog}}.
(SELECT e.objid FROM pg_depend e
  WHERE e.refclassid = 'pg_extension'::regclass AND e.classid = {catalog}::regclass AND e.deptype = 'e')
