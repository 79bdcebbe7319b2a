namespace Crm.Sdk.Contracts.Interactions;

/// <summary>The stored timeline entry's id and time, returned by <see cref="RecordInteraction"/>.</summary>
/// <param name="InteractionId">The new entry's id.</param>
/// <param name="CustomerId">The customer it belongs to.</param>
/// <param name="OccurredAt">When it happened.</param>
public sealed record RecordedInteraction(long InteractionId, Guid CustomerId, DateTimeOffset OccurredAt);
