-- parameters: acl, default, owner
-- As {{privileges}}, but NULL while the ACL grants others exactly what the default ACL does, and "none" when it
-- grants nothing although the default would: for kinds whose default grants PUBLIC something (types) and whose
-- snapshots long had no privileges attribute, so only a change from the default shows. Spliced in as
-- {{changed_privileges: acl ; default ; owner}}.
CASE WHEN {acl} IS NOT NULL THEN
     NULLIF(coalesce({{privileges: {acl} ; {owner}}}, 'none'), coalesce({{privileges: {default} ; {owner}}}, 'none')) END
