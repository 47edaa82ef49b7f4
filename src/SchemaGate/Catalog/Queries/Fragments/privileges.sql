-- parameters: acl, owner
-- The privileges an ACL grants to roles other than the owner, as "grantee:PRIVILEGE[:grantable]" sorted and joined
-- by "; " (PUBLIC for the public pseudo-role); NULL when there are none. {acl} is the ACL to explode (give the
-- default ACL with coalesce where NULL means "the default"), {owner} the owner's oid. Spliced into the catalog
-- queries as {{privileges(acl, owner)}} by CatalogQueries.
(SELECT string_agg(e, '; ' ORDER BY e)
   FROM (SELECT coalesce(g.rolname::text, 'PUBLIC') || ':' || a.privilege_type
                || CASE WHEN a.is_grantable THEN ':grantable' ELSE '' END AS e
           FROM aclexplode({acl}) a
           LEFT JOIN pg_roles g ON g.oid = a.grantee
          WHERE a.grantee <> {owner}) x)
