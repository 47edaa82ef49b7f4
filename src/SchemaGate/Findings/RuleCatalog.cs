using System.Reflection;

namespace SchemaGate.Findings;

/// <summary>
/// Every rule SchemaGate knows, found once in the assembly: each static <see cref="Rule"/> field or property of any
/// type (static rules' <c>Definition</c>, and the rule holders next to the code that reports them). The docs check,
/// the linter's list and the README's tables derive from it, so a rule is written in one place.
/// </summary>
public static class RuleCatalog
{
    private static readonly Lazy<IReadOnlyList<Rule>> Rules = new(Discover);

    public static IReadOnlyList<Rule> All => Rules.Value;

    public static Rule? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));

    public static IEnumerable<Rule> InFamily(RuleFamily family) => All.Where(r => r.Family == family);

    private static IReadOnlyList<Rule> Discover()
    {
        var found = new Dictionary<string, Rule>(StringComparer.Ordinal);
        foreach (var type in typeof(Rule).Assembly.GetTypes())
        {
            const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly;
            var values = type.GetFields(flags).Where(f => f.FieldType == typeof(Rule)).Select(f => f.GetValue(null))
                .Concat(type.GetProperties(flags).Where(p => p.PropertyType == typeof(Rule) && p.GetIndexParameters().Length == 0)
                    .Select(p => p.GetValue(null)));
            foreach (var value in values.OfType<Rule>())
            {
                if (found.TryGetValue(value.Id, out var other) && !ReferenceEquals(other, value))
                    throw new InvalidOperationException($"Rule {value.Id} is defined twice ({other.Title}; {value.Title}).");
                found[value.Id] = value;
            }
        }
        return found.Values.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
    }
}
