using System.Text;
using System.Text.Json;
using Crm.Sdk.GraphQL.Filtering;

namespace Crm.Sdk.GraphQL.Connections;

/// <summary>
/// Opaque cursors: base64 of <c>k</c> + a JSON array of the ordering keys' values (keyset), or <c>o</c> + an offset.
/// </summary>
internal static class CursorCodec
{
    public static string EncodeKeys(object node, IReadOnlyList<OrderKey> order)
    {
        var values = order.Select(key => key.Field.Getter(node)).ToArray();
        return Convert.ToBase64String(Encoding.UTF8.GetBytes("k" + JsonSerializer.Serialize(values)));
    }

    public static string EncodeOffset(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes("o" + offset.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public static object?[] DecodeKeys(string cursor, IReadOnlyList<OrderKey> order)
    {
        var text = Decode(cursor);
        try
        {
            if (text.StartsWith('k'))
            {
                using var json = JsonDocument.Parse(text[1..]);
                var elements = json.RootElement.EnumerateArray().ToList();
                if (elements.Count == order.Count)
                {
                    return [.. elements.Select((element, i) => element.Deserialize(order[i].Field.Property.PropertyType))];
                }
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or NotSupportedException)
        {
            throw Invalid(cursor, exception);
        }

        throw Invalid(cursor, null);
    }

    public static int DecodeOffset(string cursor)
    {
        var text = Decode(cursor);
        return text.StartsWith('o') && int.TryParse(text.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var offset)
            ? offset
            : throw Invalid(cursor, null);
    }

    private static string Decode(string cursor)
    {
        var buffer = new byte[((cursor.Length + 3) / 4) * 3];
        return cursor.Length <= 4096 && Convert.TryFromBase64String(cursor, buffer, out var written)
            ? Encoding.UTF8.GetString(buffer, 0, written)
            : throw Invalid(cursor, null);
    }

    private static DomainException Invalid(string cursor, Exception? cause)
    {
        var message = $"'{cursor}' is not a cursor of this list with this ordering.";
        return cause is null ? new DomainException(ErrorCodes.InvalidInput, message) : new DomainException(ErrorCodes.InvalidInput, message, cause);
    }
}

/// <summary>One key of a connection's ordering.</summary>
/// <param name="Field">The ordered property.</param>
/// <param name="Descending">Largest first.</param>
internal sealed record OrderKey(EntityField Field, bool Descending);
