using Npgsql;
using SchemaGate.Catalog;
using SchemaGate.Connections;

namespace SchemaGate.Generation;

/// <summary>
/// Roles are the cluster's, not the database's: a copy on the ephemeral server can only hold the grants, policies,
/// default privileges and user mappings of the source and the target once the roles they name exist there. The
/// missing ones are created (NOLOGIN, no rights of their own) and left on the throwaway server.
/// </summary>
public static class RoleProvisioner
{
    public static IReadOnlySet<string> RolesOf(params SchemaSnapshot[] snapshots)
    {
        var roles = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var o in snapshots.SelectMany(s => s.Objects))
        {
            foreach (var e in Acl.Parse(o[AttributeNames.Privileges])) roles.Add(e.Grantee);
            if (o.Kind == ObjectKind.Policy && o["roles"] is { } policyRoles)
                foreach (var r in policyRoles.Split(", ", StringSplitOptions.RemoveEmptyEntries)) roles.Add(r);
            if (o.Kind == ObjectKind.UserMapping && o["user"] is { } user) roles.Add(user);
            if (o.Kind == ObjectKind.DefaultPrivilege && o.Identity.Contains(" for role ", StringComparison.Ordinal) && o[AttributeNames.Owner] is { } forRole)
                roles.Add(forRole);
        }
        roles.Remove("PUBLIC");
        roles.Remove(AclEntry.Owner);
        roles.Remove(SqlNames.CurrentUser);
        return roles;
    }

    public static async Task EnsureAsync(DatabaseUrl admin, IReadOnlySet<string> roles, CancellationToken ct)
    {
        if (roles.Count == 0) return;
        await using var conn = await Sessions.OpenScratchAsync(admin, ct).ConfigureAwait(false);
        foreach (var role in roles)
        {
            // Another run on the same server may create it at the same moment: either way it exists afterwards.
            await using var cmd = new NpgsqlCommand(
                $"DO $sg$BEGIN CREATE ROLE {SqlNames.Ident(role)} NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END$sg$", conn);
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }
}
