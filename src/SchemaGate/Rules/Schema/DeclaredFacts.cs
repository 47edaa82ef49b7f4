namespace SchemaGate.Rules.Schema;

/// <summary>A column as the scripts declared it: its type (null when not readable), NOT NULL, and where it was added.</summary>
public sealed record DeclaredColumn(ColumnType? Type, bool NotNull, SchemaPosition Added);

/// <summary>An index (or the index behind a PRIMARY KEY or UNIQUE constraint) with its key columns ("" for an expression).</summary>
public sealed record DeclaredIndex(QualifiedName Table, IReadOnlyList<string> Columns, bool Unique);

/// <summary>A CHECK constraint with the columns it proves NOT NULL (<c>CHECK (col IS NOT NULL)</c>), and whether it is valid.</summary>
public sealed record DeclaredCheck(IReadOnlyList<string> NotNullColumns, bool Valid);

/// <summary>A domain: its base type and whether it has constraints (a CHECK or NOT NULL).</summary>
public sealed record DeclaredDomain(ColumnType? BaseType, bool HasConstraints);

/// <summary>A function or procedure the scripts created, with its declared volatility.</summary>
public sealed record DeclaredFunction(Volatility Volatility);
