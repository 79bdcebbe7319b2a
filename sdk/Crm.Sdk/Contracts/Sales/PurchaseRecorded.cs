using MediatR;

namespace Crm.Sdk.Contracts.Sales;

/// <summary>
/// Published by <c>crm.sales</c> after a purchase is stored (and written to the timeline as <c>PURCHASE</c>).
/// Loyalty programmes earn points from it, forecasts move their next expected purchase date. Handlers must be
/// idempotent by <paramref name="PurchaseId"/>: a notification may be delivered again after a crash.
/// </summary>
/// <param name="PurchaseId">The purchase.</param>
/// <param name="CustomerId">Who bought.</param>
/// <param name="OccurredAt">When the purchase happened.</param>
/// <param name="Lines">What was bought; never empty.</param>
/// <param name="Amount">What the customer paid in total (after discounts), in <paramref name="Currency"/>.</param>
/// <param name="Currency">ISO 4217 code, e.g. <c>EUR</c>.</param>
/// <param name="RecordedBy">The user id of whoever recorded it.</param>
public sealed record PurchaseRecorded(
    Guid PurchaseId,
    Guid CustomerId,
    DateTimeOffset OccurredAt,
    IReadOnlyList<PurchaseLine> Lines,
    decimal Amount,
    string Currency,
    string RecordedBy) : INotification;
