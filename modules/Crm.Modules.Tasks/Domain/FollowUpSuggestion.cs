namespace Crm.Modules.Tasks.Domain;

/// <summary>
/// "Follow up with this client": suggested to whoever recorded an interaction without planning a next step.
/// It goes away when that colleague plans an activity with the client or dismisses it.
/// </summary>
public sealed class FollowUpSuggestion
{
    public Guid Id { get; set; }

    public Guid CustomerId { get; set; }

    /// <summary>The colleague who should follow up (the interaction's recorder).</summary>
    public string UserId { get; set; } = "";

    /// <summary>The timeline entry that prompted it; one suggestion per entry.</summary>
    public long InteractionId { get; set; }

    public string Subject { get; set; } = "";

    public DateTime InteractionAt { get; set; }

    public DateTime SuggestedAt { get; set; }

    /// <summary>When it stopped being open (a next step planned, or dismissed); null while open.</summary>
    public DateTime? ClosedAt { get; set; }
}
