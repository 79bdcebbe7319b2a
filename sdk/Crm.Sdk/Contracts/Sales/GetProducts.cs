using MediatR;

namespace Crm.Sdk.Contracts.Sales;

/// <summary>
/// Looks up products of the sales catalog by id (a price quote needs their list prices and categories). Unknown ids
/// are left out of the answer; the caller compares. Answered by <c>crm.sales</c>; with sales off nobody answers and
/// the mediator reports no handler, so callers that can live without prices catch that.
/// </summary>
/// <param name="ProductIds">The products asked about.</param>
public sealed record GetProducts(IReadOnlyList<Guid> ProductIds) : IRequest<IReadOnlyList<ProductSummary>>;
