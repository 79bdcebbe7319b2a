using System.Buffers.Text;
using System.Text;

namespace Crm.Modules.Customers.UseCases;

/// <summary>
/// The position of a row in name order, (name key, id), as an opaque URL-safe string. Clients must treat it as
/// opaque; it carries the sort key so the next page is an index range scan, however deep.
/// </summary>
internal static class CustomerCursor
{
    private const char Separator = '\u001f';

    public static string Encode(string nameKey, Guid id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{nameKey}{Separator}{id:N}"));

    public static bool TryDecode(string? cursor, out string nameKey, out Guid id)
    {
        nameKey = "";
        id = Guid.Empty;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 2000 || !Base64Url.IsValid(cursor))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        var split = text.LastIndexOf(Separator);
        if (split < 0 || !Guid.TryParseExact(text.AsSpan(split + 1), "N", out id))
        {
            return false;
        }

        nameKey = text[..split];
        return true;
    }
}
