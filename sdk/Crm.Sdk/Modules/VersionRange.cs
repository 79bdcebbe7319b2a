namespace Crm.Sdk.Modules;

/// <summary>
/// The versions of a dependency a module accepts. Written the way npm and Cargo users expect:
/// <list type="bullet">
/// <item><c>*</c> (or empty): any version;</item>
/// <item><c>1.2.3</c> or <c>=1.2.3</c>: exactly that version;</item>
/// <item><c>^1.2.3</c>: compatible with 1.2.3 (same major, at least 1.2.3; for 0.x the same minor);</item>
/// <item><c>~1.2.3</c>: same major and minor, at least 1.2.3;</item>
/// <item><c>&gt;=1.2.0</c>, <c>&gt;1.2.0</c>, <c>&lt;2.0.0</c>, <c>&lt;=2.0.0</c>, several joined by spaces (all must hold).</item>
/// </list>
/// </summary>
public sealed class VersionRange
{
    private readonly IReadOnlyList<(string Operator, SemanticVersion Version)> _comparators;

    private VersionRange(string text, IReadOnlyList<(string Operator, SemanticVersion Version)> comparators)
    {
        Text = text;
        _comparators = comparators;
    }

    /// <summary>Any version.</summary>
    public static VersionRange Any { get; } = new("*", []);

    /// <summary>The range as it was written.</summary>
    public string Text { get; }

    /// <summary>Parses a range; see the type's remarks for the syntax.</summary>
    /// <exception cref="FormatException">The text is not a range; the message quotes it.</exception>
    public static VersionRange Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim() == "*")
        {
            return Any;
        }

        var comparators = new List<(string, SemanticVersion)>();
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var op = token.StartsWith(">=", StringComparison.Ordinal) || token.StartsWith("<=", StringComparison.Ordinal)
                ? token[..2]
                : token[0] is '>' or '<' or '=' or '^' or '~' ? token[..1] : "=";
            var versionText = op == "=" && token[0] != '=' ? token : token[op.Length..];
            if (!SemanticVersion.TryParse(versionText, out var version))
            {
                throw new FormatException($"'{text}' is not a version range: '{token}' has no valid version (examples: ^1.2.0, >=1.0.0 <2.0.0).");
            }

            switch (op)
            {
                case "^":
                    comparators.Add((">=", version));
                    comparators.Add(("<", version.Major > 0
                        ? new SemanticVersion(version.Major + 1, 0, 0)
                        : new SemanticVersion(0, version.Minor + 1, 0)));
                    break;
                case "~":
                    comparators.Add((">=", version));
                    comparators.Add(("<", new SemanticVersion(version.Major, version.Minor + 1, 0)));
                    break;
                default:
                    comparators.Add((op, version));
                    break;
            }
        }

        return new VersionRange(text.Trim(), comparators);
    }

    /// <summary>True when <paramref name="version"/> satisfies every comparator of the range.</summary>
    public bool Includes(SemanticVersion version) => _comparators.All(c => c.Operator switch
    {
        ">=" => version >= c.Version,
        ">" => version > c.Version,
        "<=" => version <= c.Version,
        "<" => version < c.Version,
        _ => version.CompareTo(c.Version) == 0,
    });

    /// <inheritdoc />
    public override string ToString() => Text;
}
