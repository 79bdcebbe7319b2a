namespace Crm.Sdk.Contracts.Interactions;

/// <summary>The newest timeline entry of one kind (or of any of several kinds) for one customer.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Kind">The kind of that newest entry.</param>
/// <param name="At">When it happened.</param>
/// <param name="InteractionId">The entry's id.</param>
public sealed record LastContact(Guid CustomerId, string Kind, DateTimeOffset At, long InteractionId);
