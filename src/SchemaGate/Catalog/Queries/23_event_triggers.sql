-- Event triggers (database-wide, in no schema). tags are the WHEN TAG IN filter, sorted; enabled: O origin,
-- D disabled, R replica, A always.
SELECT 'EventTrigger' AS kind,
       ''::text AS schema,
       NULL::text AS parent,
       e.evtname::text AS identity,
       e.evtevent::text AS event,
       (SELECT string_agg(quote_literal(tag), ', ' ORDER BY tag) FROM unnest(e.evttags) tag) AS tags,
       {{function_name: e.evtfoid}} AS function,
       e.evtenabled::text AS enabled,
       pg_get_userbyid(e.evtowner)::text AS owner,
       {{comment: 'pg_event_trigger' ; e.oid}} AS comment
  FROM pg_event_trigger e
 WHERE {{not_from_extension: 'pg_event_trigger' ; e.oid}}
