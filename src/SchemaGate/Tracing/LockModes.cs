namespace SchemaGate.Tracing;

/// <summary>PostgreSQL's table lock modes, weakest to strongest, as pg_locks spells them, and how they read in messages.</summary>
public static class LockModes
{
    private static readonly string[] Order =
    [
        "AccessShareLock", "RowShareLock", "RowExclusiveLock", "ShareUpdateExclusiveLock",
        "ShareLock", "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock",
    ];

    /// <summary>0 for ACCESS SHARE up to 7 for ACCESS EXCLUSIVE; -1 for a mode that is not a table lock mode.</summary>
    public static int Rank(string mode) => Array.IndexOf(Order, mode);

    /// <summary>SHARE and stronger conflict with ROW EXCLUSIVE, the lock every INSERT, UPDATE and DELETE takes.</summary>
    public static bool BlocksWrites(string mode) => Rank(mode) >= Rank("ShareLock");

    /// <summary>ACCESS EXCLUSIVE conflicts with ACCESS SHARE: plain SELECTs wait too.</summary>
    public static bool BlocksReads(string mode) => mode == "AccessExclusiveLock";

    /// <summary><c>AccessExclusiveLock</c> -> <c>ACCESS EXCLUSIVE</c>.</summary>
    public static string Display(string mode)
    {
        var name = mode.EndsWith("Lock", StringComparison.Ordinal) ? mode[..^4] : mode;
        var text = new System.Text.StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0) text.Append(' ');
            text.Append(char.ToUpperInvariant(c));
        }
        return text.ToString();
    }

    public static string Strongest(IEnumerable<string> modes) => modes.MaxBy(Rank) ?? "";
}
