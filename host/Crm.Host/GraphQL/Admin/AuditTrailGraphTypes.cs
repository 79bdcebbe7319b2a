using Crm.Host.Persistence.Auditing;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Persistence;
using GraphQL.Types;

namespace Crm.Host.GraphQL.Admin;

/// <summary>The GraphQL <c>AuditEntry</c> type: one audited write.</summary>
internal sealed class AuditEntryGraphType : CrmObjectGraphType<AuditEntry>
{
    public AuditEntryGraphType()
    {
        Name = "AuditEntry";
        Description = "One write a user made, recorded in the same transaction as the write.";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("occurredAt").Description("When, in UTC.")
            .Resolve(context => new DateTimeOffset(DateTime.SpecifyKind(context.Source.OccurredAt, DateTimeKind.Utc))).ResolvesWithoutServices();
        Field<NonNullGraphType<StringGraphType>>("user").Description("Who: the user's id.").Resolve(context => context.Source.UserId).ResolvesWithoutServices();
        Field<NonNullGraphType<StringGraphType>>("module").Description("The module whose data changed.").Resolve(context => context.Source.ModuleId).ResolvesWithoutServices();
        Field<NonNullGraphType<StringGraphType>>("entity").Description("The entity type, e.g. Customer.").Resolve(context => context.Source.Entity).ResolvesWithoutServices();
        Field<NonNullGraphType<StringGraphType>>("entityKey").Description("The record's key as text.").Resolve(context => context.Source.EntityKey).ResolvesWithoutServices();
        Field<NonNullGraphType<AuditActionGraphType>>("action").Resolve(context => context.Source.Action).ResolvesWithoutServices();
        Field<NonNullGraphType<StringGraphType>>("changes").Description("What changed, as a JSON object {\"Property\": {\"old\": ..., \"new\": ...}}.")
            .Resolve(context => context.Source.Changes).ResolvesWithoutServices();
    }
}

/// <summary>The GraphQL <c>AuditAction</c> enum.</summary>
internal sealed class AuditActionGraphType : EnumerationGraphType<AuditAction>
{
    public AuditActionGraphType()
    {
        Name = "AuditAction";
        Description = "The kind of write an audit entry records.";
    }
}

/// <summary>The GraphQL <c>AuditTrailFilter</c> input: every member optional, all given ones must match.</summary>
internal sealed class AuditTrailFilterInputGraphType : InputObjectGraphType<AuditQuery>
{
    public AuditTrailFilterInputGraphType()
    {
        Name = "AuditTrailFilter";
        Description = "Which audit entries to list; every given condition must hold.";
        Field<StringGraphType>("module").Description("Only entries of this module id.");
        Field<StringGraphType>("entity").Description("Only entries of this entity type.");
        Field<StringGraphType>("entityKey").Description("Only entries of this record (with entity).");
        Field<StringGraphType>("user").Description("Only entries by this user id.");
        Field<DateTimeOffsetGraphType>("from").Description("Only entries at or after this instant.");
        Field<DateTimeOffsetGraphType>("to").Description("Only entries before this instant.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        string? Text(string key) => value.TryGetValue(key, out var member) ? member as string : null;
        DateTimeOffset? Instant(string key) => value.TryGetValue(key, out var member) ? member as DateTimeOffset? : null;
        return new AuditQuery
        {
            ModuleId = Text("module"),
            Entity = Text("entity"),
            EntityKey = Text("entityKey"),
            UserId = Text("user"),
            From = Instant("from"),
            To = Instant("to"),
        };
    }
}

/// <summary>Opaque cursors of the audit trail: the entry id, so pages stay stable while new entries arrive.</summary>
internal static class AuditCursor
{
    private const string Prefix = "audit:";

    public static string Encode(long id) =>
        System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(Prefix + id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public static long Decode(string cursor)
    {
        if (cursor.Length <= 64 && System.Buffers.Text.Base64Url.IsValid(cursor))
        {
            var text = System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(Prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
            {
                return id;
            }
        }

        throw new DomainException(ErrorCodes.InvalidInput, $"'{cursor}' is not a cursor of the audit trail.");
    }
}
