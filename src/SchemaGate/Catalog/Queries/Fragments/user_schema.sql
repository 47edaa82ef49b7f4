-- parameters: name
-- True for a schema name that is not a system one (pg_catalog, pg_toast, information_schema and the rest).
-- Spliced in as {{user_schema: nspname}}.
({name} NOT LIKE 'pg\_%' AND {name} <> 'information_schema')
