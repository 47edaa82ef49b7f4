using System.Numerics;
using SchemaGate.Catalog;
using SchemaGate.Connections;
using SchemaGate.Failures;
using SchemaGate.Migrations.Source;
using SchemaGate.Security;

namespace SchemaGate.Generation;

/// <summary>
/// Where a schema for generation comes from: a database (read over a read-only session), a snapshot file, the
/// migrations folder applied up to a version on the ephemeral server (<c>migrations@N</c>; <c>migrations</c> is the
/// head), a given list of migration scripts, or a snapshot already in hand.
/// </summary>
public abstract record SchemaSource
{
    /// <summary>Says what the source is in words, never a password.</summary>
    public abstract string Describe();

    /// <summary>
    /// Reads <c>--from</c> / <c>--to</c>: a postgres:// URL or keyword settings, <c>migrations</c> or <c>migrations@N</c>,
    /// else the path of a snapshot file.
    /// </summary>
    /// <exception cref="UsageException">the value is none of those, naming <paramref name="parameter"/>.</exception>
    public static SchemaSource Parse(string? value, string parameter, Redactor? redactor = null)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new UsageException($"{parameter} is missing: give a database URL, a snapshot file or migrations@N.");
        var text = value.Trim();
        if (text == "migrations") return new MigrationsSource(null);
        if (text.StartsWith("migrations@", StringComparison.Ordinal))
        {
            var version = text["migrations@".Length..];
            if (version.Length == 0 || !version.All(char.IsAsciiDigit))
                throw new UsageException($"{parameter} {text} names no version: write migrations@N with N the digits of a migration's version (or migrations for all of them).");
            return new MigrationsSource(BigInteger.Parse(version, System.Globalization.CultureInfo.InvariantCulture));
        }
        if (text.Contains("://", StringComparison.Ordinal) || text.Contains('=', StringComparison.Ordinal))
            return new DatabaseSource(DatabaseUrl.Parse(text, parameter, redactor));
        return new SnapshotFileSource(text, parameter);
    }
}

/// <summary>A live database, read over a read-only session.</summary>
public sealed record DatabaseSource(DatabaseUrl Url) : SchemaSource
{
    public override string Describe() => "database " + Url.Display;
}

/// <summary>A snapshot file written by the Snapshot target.</summary>
public sealed record SnapshotFileSource(string Path, string Parameter) : SchemaSource
{
    public override string Describe() => "snapshot file " + System.IO.Path.GetFileName(Path);
}

/// <summary>The migrations folder applied up to <see cref="Version"/> (every script when null; none, an empty database, for 0).</summary>
public sealed record MigrationsSource(BigInteger? Version) : SchemaSource
{
    public override string Describe() => Version is { } v
        ? v.IsZero ? "an empty database (migrations@0)" : $"the migrations up to version {v}"
        : "all the migrations";
}

/// <summary>These migration scripts applied in this order (what a journal lists, for example).</summary>
public sealed record ScriptsSource(IReadOnlyList<MigrationScript> Scripts, string Description) : SchemaSource
{
    public override string Describe() => Description;
}

/// <summary>A snapshot already read (no database to copy: a copy is rebuilt from it).</summary>
public sealed record SnapshotSource(SchemaSnapshot Snapshot, string Description) : SchemaSource
{
    public override string Describe() => Description;
}
