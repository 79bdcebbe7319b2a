namespace Crm.Host.Persistence.Auditing;

/// <summary>
/// Which audit entries an admin wants, newest first. Every filter is optional; <see cref="After"/> is the
/// cursor from the previous page.
/// </summary>
public sealed record AuditQuery
{
    /// <summary>The largest page an admin may ask for.</summary>
    public const int MaxPageSize = 500;

    /// <summary>Only entries of this module.</summary>
    public string? ModuleId { get; init; }

    /// <summary>Only entries of this entity type (e.g. <c>Ticket</c>).</summary>
    public string? Entity { get; init; }

    /// <summary>Only entries of this record (needs <see cref="Entity"/> to be meaningful).</summary>
    public string? EntityKey { get; init; }

    /// <summary>Only entries by this user.</summary>
    public string? UserId { get; init; }

    /// <summary>Only entries at or after this instant.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Only entries before this instant.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Only entries older than the entry with this id (the previous page's <see cref="AuditPage.NextCursor"/>).</summary>
    public long? After { get; init; }

    /// <summary>Page size, 1 to <see cref="MaxPageSize"/>.</summary>
    public int First { get; init; } = 50;
}
