using Crm.Modules.Agreements.Domain;
using Crm.Modules.Agreements.Storage;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Agreements.UseCases;

/// <summary>The agreements of several customers at once (newest first per customer), for <c>Customer.agreements</c> through a DataLoader.</summary>
public sealed class GetCustomerAgreements(AgreementsDbContext db)
{
    public async Task<ILookup<Guid, Agreement>> HandleAsync(IReadOnlyCollection<Guid> customerIds, CancellationToken cancellationToken)
    {
        var ids = customerIds.Distinct().ToList();
        var rows = await db.Agreements.AsNoTracking().Include(a => a.Claims)
            .Where(a => ids.Contains(a.CustomerId))
            .OrderByDescending(a => a.RecordedAt)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return rows.ToLookup(a => a.CustomerId);
    }
}
