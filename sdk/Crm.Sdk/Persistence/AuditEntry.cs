namespace Crm.Sdk.Persistence;

/// <summary>
/// One write a user made, recorded in the same transaction as the write itself. The host keeps every
/// module's entries in one table of its own, so an admin can follow a person or a record across modules.
/// A <see cref="ModuleDbContext"/> writes these; modules never create them by hand.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Increasing id; later entries have larger ids.</summary>
    public long Id { get; set; }

    /// <summary>When the write happened, in UTC.</summary>
    public DateTime OccurredAt { get; set; }

    /// <summary>Who made the write (<see cref="Security.ICurrentUser.Id"/>).</summary>
    public string UserId { get; set; } = "";

    /// <summary>The module whose data changed.</summary>
    public string ModuleId { get; set; } = "";

    /// <summary>The entity type name, e.g. <c>Ticket</c>.</summary>
    public string Entity { get; set; } = "";

    /// <summary>The record's key as text (several key parts joined by <c>|</c>).</summary>
    public string EntityKey { get; set; } = "";

    /// <summary>Whether the record was added, modified or deleted.</summary>
    public AuditAction Action { get; set; }

    /// <summary>What changed, as a JSON object <c>{"Property": {"old": ..., "new": ...}}</c>.</summary>
    public string Changes { get; set; } = "{}";
}

/// <summary>The kind of write an <see cref="AuditEntry"/> records.</summary>
public enum AuditAction
{
    /// <summary>A new record.</summary>
    Added = 1,

    /// <summary>A changed record.</summary>
    Modified = 2,

    /// <summary>A removed record.</summary>
    Deleted = 3,
}
