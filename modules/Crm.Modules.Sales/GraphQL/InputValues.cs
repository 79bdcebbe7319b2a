using System.Globalization;
using Crm.Sdk.GraphQL;

namespace Crm.Modules.Sales.GraphQL;

/// <summary>Reads parsed GraphQL input dictionaries; a malformed global id becomes <see cref="Guid.Empty"/>, which the use cases answer with NOT_FOUND.</summary>
internal static class InputValues
{
    public static object? Get(this IDictionary<string, object?> value, string key) => value.TryGetValue(key, out var member) ? member : null;

    public static string Text(this IDictionary<string, object?> value, string key) => value.Get(key) as string ?? "";

    public static decimal Decimal(this IDictionary<string, object?> value, string key) =>
        value.Get(key) is { } number ? Convert.ToDecimal(number, CultureInfo.InvariantCulture) : 0m;

    public static Guid Id(this IDictionary<string, object?> value, string key, string typeName) => Decode(value.Get(key)?.ToString(), typeName);

    public static Guid? OptionalId(this IDictionary<string, object?> value, string key, string typeName) =>
        value.Get(key)?.ToString() is { } id ? Decode(id, typeName) : null;

    public static List<Guid> Ids(this IDictionary<string, object?> value, string key, string typeName) =>
        (value.Get(key) as IEnumerable<object?>)?.Select(id => Decode(id?.ToString(), typeName)).ToList() ?? [];

    public static List<T> List<T>(this IDictionary<string, object?> value, string key) => (value.Get(key) as IEnumerable<object?>)?.OfType<T>().ToList() ?? [];

    public static Guid Decode(string? globalId, string typeName) =>
        GlobalId.TryDecode(globalId, out var type, out var local) && type == typeName && Guid.TryParseExact(local, "N", out var parsed) ? parsed : Guid.Empty;
}
