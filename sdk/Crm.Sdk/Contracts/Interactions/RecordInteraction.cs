using MediatR;

namespace Crm.Sdk.Contracts.Interactions;

/// <summary>
/// Writes one entry to a customer's timeline. Any module sends it when something happened with a client (a
/// ticket opened, a sale closed, a task done), so every colleague sees it in one place. The customer's
/// last-contact figures are updated in the same transaction. Refusals (unknown or archived customer, a
/// malformed kind, a blank subject) come back as errors in the result, nothing written.
/// </summary>
/// <param name="CustomerId">The customer the entry belongs to.</param>
/// <param name="Kind">One of <see cref="InteractionKinds"/> or a module's own kind.</param>
/// <param name="Direction">Who started it.</param>
/// <param name="OccurredAt">When it happened (not when it was recorded).</param>
/// <param name="RecordedBy">The user id of whoever recorded it.</param>
/// <param name="Subject">One line, shown in the timeline.</param>
public sealed record RecordInteraction(
    Guid CustomerId,
    string Kind,
    InteractionDirection Direction,
    DateTimeOffset OccurredAt,
    string RecordedBy,
    string Subject) : IRequest<ContractResult<RecordedInteraction>>
{
    /// <summary>User ids of colleagues who took part besides the recorder.</summary>
    public IReadOnlyList<string> Participants { get; init; } = [];

    /// <summary>What was said or done, in a few sentences.</summary>
    public string? Summary { get; init; }

    /// <summary>What came of it (agreed to call back, sent an offer...).</summary>
    public string? Outcome { get; init; }

    /// <summary>The record in another module this entry concerns, if any.</summary>
    public InteractionReference? Concerns { get; init; }
}
