using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;

namespace Crm.Host.GraphQL.Printing;

/// <summary>
/// Prints a schema as SDL exactly as graphql-js <c>printSchema</c> prints the client schema built from this server's
/// introspection, so <c>schema print</c> and a client's codegen see the same text. It reads the schema through its
/// own introspection (same type order, same default values as clients get) and follows graphql-js's layout rules:
/// block-string descriptions, blank lines between described fields, default root type names left implicit.
/// </summary>
internal static class SdlPrinter
{
    private static readonly HashSet<string> SpecifiedScalars = ["String", "Int", "Float", "Boolean", "ID"];
    private static readonly HashSet<string> SpecifiedDirectives = ["skip", "include", "deprecated", "specifiedBy", "oneOf"];

    private const string IntrospectionQuery = """
        query SdlIntrospection {
          __schema {
            description
            queryType { name } mutationType { name } subscriptionType { name }
            types {
              kind name description isOneOf
              fields(includeDeprecated: true) { name description args { ...Value } type { ...Ref } isDeprecated deprecationReason }
              inputFields { ...Value }
              interfaces { name }
              enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
              possibleTypes { name }
            }
            directives { name description isRepeatable locations args { ...Value } }
          }
        }
        fragment Value on __InputValue { name description type { ...Ref } defaultValue }
        fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
        """;

    public static async Task<string> PrintAsync(ISchema schema, CancellationToken cancellationToken = default)
    {
        var result = await new DocumentExecuter().ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = IntrospectionQuery,
            CancellationToken = cancellationToken,
        }).ConfigureAwait(false);
        if (result.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException("The schema's introspection failed: " + string.Join("; ", errors.Select(e => e.Message)));
        }

        using var json = JsonDocument.Parse(new GraphQLSerializer().Serialize(result));
        return Print(json.RootElement.GetProperty("data").GetProperty("__schema"));
    }

    private static string Print(JsonElement schema)
    {
        var parts = new List<string>();
        if (SchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        parts.AddRange(schema.GetProperty("directives").EnumerateArray()
            .Where(directive => !SpecifiedDirectives.Contains(directive.GetProperty("name").GetString()!))
            .Select(Directive));
        parts.AddRange(schema.GetProperty("types").EnumerateArray()
            .Where(type => type.GetProperty("name").GetString() is { } name && !name.StartsWith("__", StringComparison.Ordinal) && !SpecifiedScalars.Contains(name))
            .Select(Type));
        return string.Join("\n\n", parts) + "\n";
    }

    private static string? SchemaDefinition(JsonElement schema)
    {
        var query = RootName(schema, "queryType");
        var mutation = RootName(schema, "mutationType");
        var subscription = RootName(schema, "subscriptionType");
        var description = OptionalString(schema, "description");
        var conventional = query is null or "Query" && mutation is null or "Mutation" && subscription is null or "Subscription";
        if ((query ?? mutation ?? subscription) is null || (description is null && conventional))
        {
            return null;
        }

        var text = new StringBuilder(Description(description)).Append("schema {\n");
        text.Append(query is null ? "" : $"  query: {query}\n");
        text.Append(mutation is null ? "" : $"  mutation: {mutation}\n");
        text.Append(subscription is null ? "" : $"  subscription: {subscription}\n");
        return text.Append('}').ToString();
    }

    private static string Directive(JsonElement directive) =>
        Description(OptionalString(directive, "description")) + "directive @" + directive.GetProperty("name").GetString()
        + Arguments([.. directive.GetProperty("args").EnumerateArray()], "")
        + (directive.TryGetProperty("isRepeatable", out var repeatable) && repeatable.ValueKind == JsonValueKind.True ? " repeatable" : "")
        + " on " + string.Join(" | ", directive.GetProperty("locations").EnumerateArray().Select(l => l.GetString()));

    private static string Type(JsonElement type)
    {
        var name = type.GetProperty("name").GetString();
        var description = Description(OptionalString(type, "description"));
        return type.GetProperty("kind").GetString() switch
        {
            "SCALAR" => description + "scalar " + name,
            "OBJECT" => description + "type " + name + Interfaces(type) + Fields(type),
            "INTERFACE" => description + "interface " + name + Interfaces(type) + Fields(type),
            "UNION" => description + "union " + name + Union(type),
            "ENUM" => description + "enum " + name + Block([.. type.GetProperty("enumValues").EnumerateArray().Select((value, i) =>
                Description(OptionalString(value, "description"), "  ", i == 0) + "  " + value.GetProperty("name").GetString() + Deprecated(value))]),
            "INPUT_OBJECT" => description + "input " + name
                + (type.TryGetProperty("isOneOf", out var oneOf) && oneOf.ValueKind == JsonValueKind.True ? " @oneOf" : "")
                + Block([.. type.GetProperty("inputFields").EnumerateArray().Select((field, i) =>
                    Description(OptionalString(field, "description"), "  ", i == 0) + "  " + InputValue(field))]),
            var kind => throw new InvalidOperationException($"Unknown type kind {kind}."),
        };
    }

    private static string Interfaces(JsonElement type)
    {
        var names = type.GetProperty("interfaces").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToList();
        return names.Count == 0 ? "" : " implements " + string.Join(" & ", names);
    }

    private static string Union(JsonElement type)
    {
        var names = type.GetProperty("possibleTypes").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        return names.Count == 0 ? "" : " = " + string.Join(" | ", names);
    }

    private static string Fields(JsonElement type) =>
        Block([.. type.GetProperty("fields").EnumerateArray().Select((field, i) =>
            Description(OptionalString(field, "description"), "  ", i == 0) + "  " + field.GetProperty("name").GetString()
            + Arguments([.. field.GetProperty("args").EnumerateArray()], "  ") + ": " + TypeReference(field.GetProperty("type")) + Deprecated(field))]);

    private static string Block(IReadOnlyList<string> items) => items.Count == 0 ? "" : " {\n" + string.Join("\n", items) + "\n}";

    private static string Arguments(IReadOnlyList<JsonElement> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return "";
        }

        if (arguments.All(argument => OptionalString(argument, "description") is null))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        return "(\n" + string.Join("\n", arguments.Select((argument, i) =>
            Description(OptionalString(argument, "description"), "  " + indentation, i == 0) + "  " + indentation + InputValue(argument)))
            + "\n" + indentation + ")";
    }

    private static string InputValue(JsonElement value)
    {
        var text = value.GetProperty("name").GetString() + ": " + TypeReference(value.GetProperty("type"));
        if (OptionalString(value, "defaultValue") is { } defaultValue)
        {
            text += " = " + ValuePrinter.Reprint(defaultValue);
        }

        return text + Deprecated(value);
    }

    private static string Deprecated(JsonElement element)
    {
        if (!element.TryGetProperty("isDeprecated", out var deprecated) || deprecated.ValueKind != JsonValueKind.True)
        {
            return "";
        }

        var reason = OptionalString(element, "deprecationReason");
        return reason is null ? "" : reason == "No longer supported" ? " @deprecated" : $" @deprecated(reason: {ValuePrinter.QuotedString(reason)})";
    }

    private static string TypeReference(JsonElement type) => type.GetProperty("kind").GetString() switch
    {
        "NON_NULL" => TypeReference(type.GetProperty("ofType")) + "!",
        "LIST" => "[" + TypeReference(type.GetProperty("ofType")) + "]",
        _ => type.GetProperty("name").GetString()!,
    };

    private static string? RootName(JsonElement schema, string property) =>
        schema.TryGetProperty(property, out var root) && root.ValueKind == JsonValueKind.Object ? root.GetProperty("name").GetString() : null;

    private static string? OptionalString(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // graphql-js: a block string when it prints safely as one, otherwise a quoted string; indented with its owner.
    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return "";
        }

        var printed = BlockString.IsPrintable(description) ? BlockString.Print(description) : ValuePrinter.QuotedString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + printed.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
