using System.Globalization;
using System.Text;
using GraphQLParser;
using GraphQLParser.AST;

namespace Crm.Host.GraphQL.Printing;

/// <summary>Prints GraphQL input values (default values) in the printer's canonical layout.</summary>
internal static class ValuePrinter
{
    private const int MaxLineLength = 80;

    /// <summary>Parses a value literal (as introspection's <c>defaultValue</c> gives it) and prints it canonically.</summary>
    public static string Reprint(string literal)
    {
        // The parser reads documents; a variable default is the one place a lone value literal may stand.
        var document = Parser.Parse("query($v: Int = " + literal + ") { __typename }");
        var operation = (GraphQLOperationDefinition)document.Definitions[0];
        return Print(operation.Variables![0].DefaultValue!);
    }

    public static string QuotedString(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\b' => "\\b",
                '\t' => "\\t",
                '\n' => "\\n",
                '\f' => "\\f",
                '\r' => "\\r",
                < ' ' or (>= '\u007f' and <= '\u009f') => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }

    private static string Print(GraphQLValue value) => value switch
    {
        GraphQLIntValue number => number.Value.ToString(),
        GraphQLFloatValue number => number.Value.ToString(),
        GraphQLStringValue text => QuotedString(text.Value.ToString()),
        GraphQLBooleanValue boolean => boolean.BoolValue ? "true" : "false",
        GraphQLNullValue => "null",
        GraphQLEnumValue enumeration => enumeration.Name.StringValue,
        GraphQLListValue list => List(list.Values?.Select(Print).ToList() ?? []),
        GraphQLObjectValue obj => Object(obj.Fields?.Select(f => f.Name.StringValue + ": " + Print(f.Value)).ToList() ?? []),
        _ => throw new NotSupportedException($"A default value cannot be a {value.Kind}."),
    };

    private static string List(List<string> values) =>
        2 + values.Sum(v => v.Length) + (2 * Math.Max(values.Count - 1, 0)) > MaxLineLength
            ? "[\n" + Indent(string.Join("\n", values)) + "\n]"
            : "[" + string.Join(", ", values) + "]";

    private static string Object(List<string> fields) =>
        4 + fields.Sum(f => f.Length) + (2 * Math.Max(fields.Count - 1, 0)) > MaxLineLength
            ? "{\n" + Indent(string.Join("\n", fields)) + "\n}"
            : fields.Count == 0 ? "{}" : "{ " + string.Join(", ", fields) + " }";

    private static string Indent(string text) => "  " + text.Replace("\n", "\n  ", StringComparison.Ordinal);
}
