using SchemaGate.Catalog;

namespace SchemaGate.Generation;

/// <summary>One privilege one role holds: <c>reader:SELECT</c>, <c>PUBLIC:EXECUTE</c>, <c>(owner):USAGE:grantable</c>.</summary>
public sealed record AclEntry(string Grantee, string Privilege, bool Grantable)
{
    /// <summary>The stand-in for the owner in default privileges (the catalog query writes it so).</summary>
    public const string Owner = "(owner)";
}

/// <summary>
/// Privileges as the snapshot writes them ("grantee:PRIVILEGE[:grantable]" joined by "; ", "none" for an empty
/// set) and the GRANT and REVOKE statements that turn one set into another.
/// </summary>
public static class Acl
{
    public static IReadOnlySet<AclEntry> Parse(string? text, string? ownerAs = null)
    {
        var set = new HashSet<AclEntry>();
        if (string.IsNullOrEmpty(text) || text == "none") return set;
        foreach (var item in text.Split("; ", StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = item.Split(':');
            // A role name may hold a colon: the privilege (and the grant option) are the last parts.
            var grantable = parts[^1] == "grantable";
            var privilege = grantable ? parts[^2] : parts[^1];
            var grantee = string.Join(':', parts[..(parts.Length - (grantable ? 2 : 1))]);
            set.Add(new AclEntry(ownerAs is not null && grantee == AclEntry.Owner ? ownerAs : grantee, privilege, grantable));
        }
        return set;
    }

    /// <summary>The owner's own privileges ("PRIVILEGE[:grantable]; ...", "none"), as entries of the grantee <paramref name="owner"/>.</summary>
    public static IReadOnlySet<AclEntry> ParseOwner(string? text, string owner) =>
        text is null ? new HashSet<AclEntry>() : Parse(text == "none" ? "none" : string.Join("; ", text.Split("; ").Select(p => owner + ":" + p)));

    /// <summary>What others hold on an object whose privileges attribute is <paramref name="text"/>: for types an absent attribute is the default (PUBLIC may use it).</summary>
    public static IReadOnlySet<AclEntry> NonOwner(ObjectKind kind, string? text) =>
        text is null && IsType(kind) ? new HashSet<AclEntry> { new("PUBLIC", "USAGE", false) } : Parse(text);

    /// <summary>What the owner holds by default on an object of this kind (every privilege the kind has).</summary>
    public static IReadOnlySet<AclEntry> OwnerDefault(ObjectKind kind, string owner) =>
        PrivilegesOf(kind).Select(p => new AclEntry(owner, p, false)).ToHashSet();

    /// <summary>What others hold on a new object of this kind before any default privileges apply.</summary>
    public static IReadOnlySet<AclEntry> NonOwnerDefault(ObjectKind kind) => kind switch
    {
        ObjectKind.Function or ObjectKind.Procedure or ObjectKind.Aggregate => new HashSet<AclEntry> { new("PUBLIC", "EXECUTE", false) },
        _ when IsType(kind) => new HashSet<AclEntry> { new("PUBLIC", "USAGE", false) },
        _ => new HashSet<AclEntry>(),
    };

    public static bool IsType(ObjectKind kind) => kind is ObjectKind.Enum or ObjectKind.Domain or ObjectKind.CompositeType or ObjectKind.RangeType;

    /// <summary>Every privilege an object of the kind can carry, in the order the catalog sorts them.</summary>
    public static IReadOnlyList<string> PrivilegesOf(ObjectKind kind) => kind switch
    {
        ObjectKind.Table or ObjectKind.View or ObjectKind.MaterializedView or ObjectKind.ForeignTable =>
            ["DELETE", "INSERT", "REFERENCES", "SELECT", "TRIGGER", "TRUNCATE", "UPDATE"],
        ObjectKind.Sequence => ["SELECT", "UPDATE", "USAGE"],
        ObjectKind.Schema => ["CREATE", "USAGE"],
        ObjectKind.Function or ObjectKind.Procedure or ObjectKind.Aggregate => ["EXECUTE"],
        ObjectKind.ForeignDataWrapper or ObjectKind.ForeignServer => ["USAGE"],
        _ when IsType(kind) => ["USAGE"],
        _ => [],
    };

    /// <summary>
    /// REVOKE and GRANT statements (in that order) that turn <paramref name="from"/> into <paramref name="to"/> on
    /// <paramref name="target"/> (<c>TABLE public.t</c>; for column privileges <c>(c) ON TABLE public.t</c> via
    /// <paramref name="columns"/>). A role that keeps a privilege but loses the grant option loses only the option.
    /// </summary>
    public static IEnumerable<string> Changes(string target, IReadOnlySet<AclEntry> from, IReadOnlySet<AclEntry> to, string? columns = null)
    {
        var on = columns is null ? " ON " + target : " (" + columns + ") ON " + target;
        var revokes = new List<string>();
        var grants = new List<string>();
        foreach (var group in from.Except(to).GroupBy(e => e.Grantee).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var gone = group.Where(e => !to.Contains(e with { Grantable = !e.Grantable })).Select(e => e.Privilege).Order(StringComparer.Ordinal).ToList();
            var optionOnly = group.Where(e => e.Grantable && to.Contains(e with { Grantable = false })).Select(e => e.Privilege).Order(StringComparer.Ordinal).ToList();
            if (gone.Count > 0) revokes.Add($"REVOKE {string.Join(", ", gone)}{on} FROM {SqlNames.Role(group.Key)}");
            if (optionOnly.Count > 0) revokes.Add($"REVOKE GRANT OPTION FOR {string.Join(", ", optionOnly)}{on} FROM {SqlNames.Role(group.Key)}");
        }
        // A privilege that only loses its grant option needs no GRANT after the REVOKE GRANT OPTION.
        foreach (var group in to.Except(from).Where(e => e.Grantable || !from.Contains(e with { Grantable = true }))
                     .GroupBy(e => (e.Grantee, e.Grantable)).OrderBy(g => g.Key.Grantee, StringComparer.Ordinal).ThenBy(g => g.Key.Grantable))
        {
            var privileges = group.Select(e => e.Privilege).Order(StringComparer.Ordinal).ToList();
            grants.Add($"GRANT {string.Join(", ", privileges)}{on} TO {SqlNames.Role(group.Key.Grantee)}{(group.Key.Grantable ? " WITH GRANT OPTION" : "")}");
        }
        return revokes.Concat(grants);
    }
}
