-- parameters: options
-- An options array (text[] of "name=value", as in fdwoptions, srvoptions, ftoptions, attfdwoptions) written as the
-- OPTIONS clause says it: name 'value', sorted by name and joined by ", "; NULL when there are none.
-- Spliced in as {{options: array}}.
(SELECT string_agg(quote_ident(split_part(o, '=', 1)) || ' ' || quote_literal(substr(o, strpos(o, '=') + 1)), ', '
                   ORDER BY split_part(o, '=', 1))
   FROM unnest({options}) o)
