using Crm.Plugins.Loyalty.Domain;
using Crm.Plugins.Loyalty.Storage;
using Microsoft.EntityFrameworkCore;

namespace Crm.Plugins.Loyalty.UseCases;

/// <summary>A client's standing in the programme, as <c>Customer.loyalty</c> shows it.</summary>
public sealed record CustomerLoyalty(Guid CustomerId, long Points, PersonalDiscount? PersonalDiscount, IReadOnlyList<DiscountCard> Cards);

/// <summary>The reads, batched per page of customers: three queries however many customers are shown.</summary>
public sealed class LoyaltyQueries(LoyaltyDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, CustomerLoyalty?>> ForCustomersAsync(IReadOnlyList<Guid> customerIds, CancellationToken cancellationToken)
    {
        var balances = await db.Accounts.AsNoTracking().Where(a => customerIds.Contains(a.CustomerId)).ToDictionaryAsync(a => a.CustomerId, a => a.Balance, cancellationToken);
        var discounts = await db.PersonalDiscounts.AsNoTracking().Where(d => customerIds.Contains(d.CustomerId)).ToDictionaryAsync(d => d.CustomerId, cancellationToken);
        var cards = (await db.Cards.AsNoTracking().Where(c => customerIds.Contains(c.CustomerId)).OrderBy(c => c.IssuedAt).ToListAsync(cancellationToken)).ToLookup(c => c.CustomerId);
        return customerIds.Distinct().ToDictionary(
            id => id,
            id => (CustomerLoyalty?)new CustomerLoyalty(id, balances.GetValueOrDefault(id), discounts.GetValueOrDefault(id), [.. cards[id]]));
    }

    public async Task<LoyaltyProgramme> ProgrammeAsync(CancellationToken cancellationToken) =>
        await db.Programme.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? LoyaltyProgramme.Default;

    public Task<PromoCode?> PromoCodeAsync(string code, CancellationToken cancellationToken) =>
        db.PromoCodes.AsNoTracking().Include(p => p.Products).FirstOrDefaultAsync(p => p.Code == PromoCode.Normalize(code), cancellationToken);
}
