using MediatR;

namespace Crm.Sdk.Contracts.Sales;

/// <summary>
/// Published by <c>crm.sales</c> when an opportunity is won or lost. A lost one carries its reason from the
/// admins' catalog and the manager's comment, because each refusal is a future offer; competitor tracking links
/// losses to competitors from it.
/// </summary>
/// <param name="OpportunityId">The opportunity.</param>
/// <param name="CustomerId">The client.</param>
/// <param name="OwnerId">The manager who owned it.</param>
/// <param name="Won">True for won, false for lost.</param>
/// <param name="ClosedAt">When it was closed.</param>
/// <param name="Amount">Its amount, in <paramref name="Currency"/>.</param>
/// <param name="Currency">ISO 4217 code.</param>
/// <param name="ProductIds">The products it was about (may be empty).</param>
/// <param name="LossReasonCode">The catalog code of the reason, when lost.</param>
/// <param name="Comment">The manager's comment, when lost.</param>
public sealed record OpportunityClosed(
    Guid OpportunityId,
    Guid CustomerId,
    string OwnerId,
    bool Won,
    DateTimeOffset ClosedAt,
    decimal Amount,
    string Currency,
    IReadOnlyList<Guid> ProductIds,
    string? LossReasonCode,
    string? Comment) : INotification;
