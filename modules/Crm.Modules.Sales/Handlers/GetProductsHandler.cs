using Crm.Modules.Sales.Storage;
using Crm.Sdk.Contracts.Sales;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Sales.Handlers;

/// <summary>Answers <see cref="GetProducts"/> with one query for all ids (deactivated products included, flagged).</summary>
internal sealed class GetProductsHandler(SalesDbContext db) : IRequestHandler<GetProducts, IReadOnlyList<ProductSummary>>
{
    public async Task<IReadOnlyList<ProductSummary>> Handle(GetProducts request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ids = request.ProductIds.Distinct().ToList();
        return await db.Products.AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .Select(p => new ProductSummary(p.Id, p.Name, p.Sku, p.Category, p.Price, p.Currency, p.IsActive))
            .ToListAsync(cancellationToken);
    }
}
