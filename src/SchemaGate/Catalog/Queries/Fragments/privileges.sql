-- parameters: acl, owner
-- The privileges an ACL grants to roles other than the owner, as "grantee:PRIVILEGE[:grantable]" sorted and joined
-- by "; " (PUBLIC for the public pseudo-role); NULL when there are none. {acl} is the ACL to explode (give the
-- default ACL with coalesce where NULL means "the default"), {owner} the owner's oid: its own rights are left out
-- (see owner_privileges). Spliced into the catalog queries as {{privileges: acl ; owner}} by CatalogQueries.
(SELECT string_agg(e, '; ' ORDER BY e)
   FROM (SELECT coalesce(g.rolname::text, 'PUBLIC') || ':' || x.privilege_type
                || CASE WHEN x.is_grantable THEN ':grantable' ELSE '' END AS e
           FROM aclexplode({acl}) x
           LEFT JOIN pg_roles g ON g.oid = x.grantee
          WHERE x.grantee <> {owner}) privileges_list)
