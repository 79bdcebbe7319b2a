namespace Crm.Modules.Customers.GraphQL;

/// <summary>Reads an optional member of a parsed GraphQL input object (absent and null alike give null).</summary>
internal static class InputValues
{
    public static object? Get(IDictionary<string, object?> value, string key) => value.TryGetValue(key, out var member) ? member : null;
}
