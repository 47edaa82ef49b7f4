using SchemaGate.Findings;

namespace SchemaGate.Migrations.Source;

/// <summary>
/// SG117-SG119 (history family): with <c>--deployer dbup</c>, where DbUp would run the migration files otherwise than
/// the gate checked them (<see cref="DbUpDifferences"/>). They judge the change only: older scripts already ran.
/// </summary>
public static class DbUpRules
{
    public static readonly Rule TextOrder = new("SG117", RuleFamily.History, "Script order differs under DbUp", Severity.Error,
        "DbUp orders scripts by name as text, so a version without leading zeros (9_x.sql) runs after a longer one (10_x.sql): production would get the scripts in another order than the gate applied them.",
        "Pad the versions with zeros (0009, 0010) so the text order and the version order agree.")
    { ScopedToChange = true };

    public static readonly Rule Variable = new("SG118", RuleFamily.History, "$name$ read as a DbUp variable", Severity.Error,
        "DbUp replaces $name$ with a variable's value, also inside strings and as a dollar-quote tag ($body$), and stops the deployment when the variable has no value.",
        "Quote with $$ (DbUp reads every named tag, $body$ or $_$ alike, as a variable), or run DbUp WithVariablesDisabled().")
    { ScopedToChange = true };

    public static readonly Rule NotAtomic = new("SG119", RuleFamily.History, "Script not atomic under DbUp", Severity.Warning,
        "DbUp runs a script without a transaction unless told otherwise: if a statement fails, those before it stay applied and the journal has no row, so the next deployment runs them again.",
        "Run DbUp WithTransactionPerScript(), as SchemaGate's runner does, or make every statement safe to repeat.")
    { ScopedToChange = true };

    /// <summary>The differences as findings, at the script's file and line.</summary>
    public static IReadOnlyList<Finding> Check(MigrationSet set) =>
        DbUpDifferences.Find(set).Select(d => RuleOf(d.Kind).Report(d.Message, d.Script.RelativePath, d.Line)).ToArray();

    private static Rule RuleOf(DbUpDifferenceKind kind) => kind switch
    {
        DbUpDifferenceKind.TextOrder => TextOrder,
        DbUpDifferenceKind.VariableSyntax => Variable,
        _ => NotAtomic,
    };
}
