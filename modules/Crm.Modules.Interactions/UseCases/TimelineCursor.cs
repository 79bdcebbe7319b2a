using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Crm.Modules.Interactions.UseCases;

/// <summary>
/// A timeline position, (occurred at, id), as an opaque URL-safe string: the next page continues strictly
/// below it in the index, so a page deep in a 200,000-entry history costs what the first does.
/// </summary>
internal static class TimelineCursor
{
    public static string Encode(DateTime occurredAt, long id) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{occurredAt.Ticks}:{id}")));

    public static bool TryDecode(string? cursor, out DateTime occurredAt, out long id)
    {
        occurredAt = default;
        id = 0;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 100 || !Base64Url.IsValid(cursor))
        {
            return false;
        }

        var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor)).Split(':');
        if (parts.Length != 2
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out id)
            || ticks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        occurredAt = new DateTime(ticks, DateTimeKind.Utc);
        return true;
    }
}
