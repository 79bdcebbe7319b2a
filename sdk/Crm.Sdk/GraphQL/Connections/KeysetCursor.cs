using System.Buffers.Text;
using System.Text;

namespace Crm.Sdk.GraphQL.Connections;

/// <summary>
/// An opaque, URL-safe cursor for a keyset ordered by a text key and then a <see cref="Guid"/> id, e.g. customers
/// in name order. Use it when a module pages such an order itself: the cursor carries the sort key, so the next
/// page is an index range scan however deep, and clients cannot tell it from any other cursor.
/// </summary>
public static class KeysetCursor
{
    // A control character never found in a normalized sort key, so the key may contain any visible text.
    private const char Separator = '\u001f';

    // Longer input is not a cursor we made; refusing it early keeps a hostile argument cheap.
    private const int MaxLength = 2000;

    /// <summary>Encodes the position (<paramref name="key"/>, <paramref name="id"/>).</summary>
    public static string Encode(string key, Guid id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{key}{Separator}{id:N}"));

    /// <summary>Decodes a cursor made by <see cref="Encode"/>; false for anything else (report it as a bad argument).</summary>
    public static bool TryDecode(string? cursor, out string key, out Guid id)
    {
        key = "";
        id = Guid.Empty;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > MaxLength || !Base64Url.IsValid(cursor))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        var split = text.LastIndexOf(Separator);
        if (split < 0 || !Guid.TryParseExact(text.AsSpan(split + 1), "N", out id))
        {
            return false;
        }

        key = text[..split];
        return true;
    }
}
