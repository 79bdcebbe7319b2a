using Crm.Sdk.Contracts.Interactions;

namespace Crm.Modules.Interactions.Domain;

/// <summary>
/// One entry of a customer's timeline: a call, meeting, e-mail, purchase, complaint, note, or whatever another
/// module records (a ticket, a sale). Entries are history: they are added, never edited.
/// </summary>
public sealed class Interaction
{
    /// <summary>Store-generated, increasing: the tie-breaker of the timeline order.</summary>
    public long Id { get; set; }

    public Guid CustomerId { get; set; }

    public string Kind { get; set; } = "";

    public InteractionDirection Direction { get; set; }

    /// <summary>When it happened (UTC); the timeline is ordered by it, newest first.</summary>
    public DateTime OccurredAt { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedAt { get; set; }

    /// <summary>User ids of colleagues who took part, comma-separated.</summary>
    public string Participants { get; set; } = "";

    public string Subject { get; set; } = "";

    public string? Summary { get; set; }

    public string? Outcome { get; set; }

    public string? ConcernsType { get; set; }

    public string? ConcernsId { get; set; }

    public IReadOnlyList<string> ParticipantList => Participants.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
