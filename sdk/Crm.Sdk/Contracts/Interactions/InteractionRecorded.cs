using MediatR;

namespace Crm.Sdk.Contracts.Interactions;

/// <summary>
/// Published by <c>crm.interactions</c> after a timeline entry is committed; the <c>timelineUpdated</c>
/// subscription and any module that reacts to contact (a task closed by a call) listen to it.
/// </summary>
/// <param name="InteractionId">The entry's id.</param>
/// <param name="CustomerId">The customer whose timeline grew.</param>
/// <param name="Kind">The entry's kind.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="RecordedBy">Who recorded it.</param>
/// <param name="Subject">Its one-line subject.</param>
public sealed record InteractionRecorded(long InteractionId, Guid CustomerId, string Kind, DateTimeOffset OccurredAt, string RecordedBy, string Subject) : INotification;
