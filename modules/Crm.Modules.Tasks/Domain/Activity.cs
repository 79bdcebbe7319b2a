using Crm.Sdk.GraphQL;
using Crm.Sdk.Persistence;

namespace Crm.Modules.Tasks.Domain;

/// <summary>
/// A call, meeting or to-do planned with a client for a given time and assigned to one colleague. Completing it
/// writes the interaction to the client's timeline with its outcome.
/// </summary>
public sealed class Activity : IEntity, IVersionedEntity
{
    public Guid Id { get; set; }

    public Guid CustomerId { get; set; }

    public ActivityKind Kind { get; set; }

    public string Title { get; set; } = "";

    /// <summary>When it is due (UTC); reminders and "my day" are driven by it.</summary>
    public DateTime DueAt { get; set; }

    /// <summary>The user id of the colleague who is to do it.</summary>
    public string AssigneeId { get; set; } = "";

    public string? Notes { get; set; }

    public ActivityStatus Status { get; set; }

    /// <summary>What came of it; set when done.</summary>
    public string? Outcome { get; set; }

    public DateTime? CompletedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>When the reminder was pushed; null until the activity falls due, reset when it is rescheduled.</summary>
    public DateTime? RemindedAt { get; set; }

    /// <summary>The reminder sweep that claimed this activity, so a sweep publishes exactly the rows it claimed.</summary>
    public Guid? ReminderBatch { get; set; }

    /// <summary>Concurrency token, managed by the module context: 1 on insert, one more on every change.</summary>
    public long Version { get; set; }
}
