using MediatR;

namespace Crm.Sdk.Contracts.Agreements;

/// <summary>
/// Asks <c>crm.agreements</c>, before a module offers or promises resources to a customer, whether another
/// customer already holds any of them for an overlapping period. An empty answer means the way is clear.
/// </summary>
/// <param name="CustomerId">The customer about to receive the offer; its own claims never conflict.</param>
/// <param name="Claims">The resources and periods wanted.</param>
public sealed record CheckResourceClaims(Guid CustomerId, IReadOnlyList<ResourceClaimRequest> Claims) : IRequest<IReadOnlyList<ResourceConflict>>;
