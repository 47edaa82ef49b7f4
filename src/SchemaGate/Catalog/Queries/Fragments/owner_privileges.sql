-- parameters: acl, default, owner
-- The owner's own privileges, as "PRIVILEGE[:grantable]" sorted and joined by "; " ("none" when the owner revoked
-- all of them from itself), but only when they differ from what the owner holds by default: NULL otherwise, so
-- objects whose owner kept its rights carry no such attribute. The owner is never named: an owner called app in
-- production and postgres in a rebuilt database hold the same rights. {acl} is the object's ACL (NULL = default),
-- {default} its default ACL (acldefault), {owner} the owner's oid. Spliced in as {{owner_privileges: acl ; default ; owner}}.
-- A NULL ACL is the default, so the answer is NULL without exploding both ACLs (most objects never had a GRANT).
CASE WHEN {acl} IS NOT NULL THEN NULLIF(coalesce((SELECT string_agg(a.privilege_type || CASE WHEN a.is_grantable THEN ':grantable' ELSE '' END, '; '
                                   ORDER BY a.privilege_type, a.is_grantable)
                   FROM aclexplode(coalesce({acl}, {default})) a
                  WHERE a.grantee = {owner}), 'none'),
       coalesce((SELECT string_agg(a.privilege_type || CASE WHEN a.is_grantable THEN ':grantable' ELSE '' END, '; '
                                   ORDER BY a.privilege_type, a.is_grantable)
                   FROM aclexplode({default}) a
                  WHERE a.grantee = {owner}), 'none')) END
