using Crm.Sdk.GraphQL;
using Crm.Sdk.Persistence;

namespace Crm.Plugins.ServiceTickets.Domain;

/// <summary>A service request or complaint of a client, with its SLA due time and its comments.</summary>
public sealed class Ticket : IVersionedEntity, IEntity
{
    public Guid Id { get; set; }

    public Guid CustomerId { get; set; }

    public string Subject { get; set; } = "";

    public string? Description { get; set; }

    public TicketKind Kind { get; set; }

    public TicketPriority Priority { get; set; }

    public TicketStatus Status { get; set; }

    /// <summary>User id of whoever works on it; null while unassigned.</summary>
    public string? AssigneeId { get; set; }

    public string OpenedBy { get; set; } = "";

    public DateTime OpenedAt { get; set; }

    /// <summary>When it must be resolved by: opened at plus the SLA of its priority at the time it was opened.</summary>
    public DateTime DueAt { get; set; }

    /// <summary>When it was last resolved; cleared by a reopen.</summary>
    public DateTime? ResolvedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>How many times it was reopened.</summary>
    public int ReopenCount { get; set; }

    /// <summary>Concurrency token, managed by the module context.</summary>
    public long Version { get; set; }

    public List<TicketComment> Comments { get; set; } = [];

    /// <summary>True when the SLA was missed: resolved after its due time, or still open past it.</summary>
    public bool IsBreachedAt(DateTime now) => (ResolvedAt ?? (TicketTransitions.IsOpen(Status) ? now : DueAt)) > DueAt;
}
