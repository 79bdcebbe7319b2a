using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Crm.Sdk.Persistence;

/// <summary>
/// Reads what a save is about to change, before EF accepts the changes and forgets the old values.
/// Values are written to JSON by hand, by kind, so no serializer ever caches a plugin's types (which would
/// keep the plugin's load context alive after unload).
/// </summary>
internal static class AuditCapture
{
    public static IReadOnlyList<Change> Capture(ChangeTracker tracker) =>
        tracker.Entries()
            .Where(e => e.Entity is not AuditEntry && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => new Change(
                e,
                e.State switch
                {
                    EntityState.Added => AuditAction.Added,
                    EntityState.Deleted => AuditAction.Deleted,
                    _ => AuditAction.Modified,
                },
                KeyOf(e),
                HasTemporaryKeyValue(e),
                ChangesOf(e)))
            .ToList();

    public static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null)
        {
            return "";
        }

        return string.Join('|', key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
    }

    private static bool HasTemporaryKeyValue(EntityEntry entry) =>
        entry.Metadata.FindPrimaryKey()?.Properties.Any(p => entry.Property(p.Name).IsTemporary) == true;

    private static string ChangesOf(EntityEntry entry)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var property in entry.Properties)
            {
                if (property.Metadata.IsConcurrencyToken || property.IsTemporary)
                {
                    continue;
                }

                var secret = property.Metadata.FindAnnotation(AuditExclusion.AnnotationName) is not null;
                switch (entry.State)
                {
                    case EntityState.Added:
                        json.WritePropertyName(property.Metadata.Name);
                        WriteValue(json, secret ? AuditExclusion.Placeholder : property.CurrentValue);
                        break;
                    case EntityState.Deleted:
                        json.WritePropertyName(property.Metadata.Name);
                        WriteValue(json, secret ? AuditExclusion.Placeholder : property.OriginalValue);
                        break;
                    case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                        json.WriteStartObject(property.Metadata.Name);
                        json.WritePropertyName("old");
                        WriteValue(json, secret ? AuditExclusion.Placeholder : property.OriginalValue);
                        json.WritePropertyName("new");
                        WriteValue(json, secret ? AuditExclusion.Placeholder : property.CurrentValue);
                        json.WriteEndObject();
                        break;
                }
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case int or long or short or byte or sbyte or ushort or uint or ulong:
                json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double or float:
                json.WriteNumberValue(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case decimal d:
                json.WriteNumberValue(d);
                break;
            case DateTime dt:
                json.WriteStringValue(dt.ToString("O", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset dto:
                json.WriteStringValue(dto.ToString("O", CultureInfo.InvariantCulture));
                break;
            case byte[] bytes:
                json.WriteStringValue(Convert.ToBase64String(bytes));
                break;
            default:
                // Enums, Guids, strings and anything else: their invariant text.
                json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>One record about to be written.</summary>
    public sealed record Change(EntityEntry Entry, AuditAction Action, string KeyBefore, bool HasTemporaryKey, string ChangesJson);
}
