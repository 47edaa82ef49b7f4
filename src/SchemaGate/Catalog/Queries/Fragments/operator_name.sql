-- parameters: oid
-- The operator {oid} as OPERATOR(schema.symbol), the form every operator option accepts; NULL for 0.
-- Spliced in as {{operator_name: oid}}.
(SELECT 'OPERATOR(' || quote_ident(ox_n.nspname) || '.' || ox_o.oprname || ')'
   FROM pg_operator ox_o JOIN pg_namespace ox_n ON ox_n.oid = ox_o.oprnamespace
  WHERE ox_o.oid = {oid})
