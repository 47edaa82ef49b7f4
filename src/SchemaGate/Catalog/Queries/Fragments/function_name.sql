-- parameters: oid
-- The schema-qualified, quoted name of the function {oid} (as CREATE AGGREGATE, CREATE OPERATOR and the foreign
-- data wrapper options write one); NULL for 0. Spliced in as {{function_name: oid}}.
(SELECT quote_ident(fx_n.nspname) || '.' || quote_ident(fx_p.proname)
   FROM pg_proc fx_p JOIN pg_namespace fx_n ON fx_n.oid = fx_p.pronamespace
  WHERE fx_p.oid = {oid})
