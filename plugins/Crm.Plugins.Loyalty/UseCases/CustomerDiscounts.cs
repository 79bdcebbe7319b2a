using Crm.Plugins.Loyalty.Storage;
using Microsoft.EntityFrameworkCore;

namespace Crm.Plugins.Loyalty.UseCases;

/// <summary>
/// The one percentage a client gets on everything: the larger of their personal discount and their best active
/// card. They are not added together, so a card never doubles a negotiated discount; the quote says which one won.
/// </summary>
internal static class CustomerDiscounts
{
    public static async Task<(decimal Percent, AppliedDiscountSource? Source)> BestForAsync(LoyaltyDbContext db, Guid customerId, CancellationToken cancellationToken)
    {
        var personal = await db.PersonalDiscounts.AsNoTracking().FirstOrDefaultAsync(d => d.CustomerId == customerId, cancellationToken);
        var cards = await db.Cards.AsNoTracking().Where(c => c.CustomerId == customerId && c.IsActive).ToListAsync(cancellationToken);
        var card = cards.OrderByDescending(c => c.Percent).FirstOrDefault();
        if (personal is null && card is null)
        {
            return (0m, null);
        }

        return (personal?.Percent ?? 0m) >= (card?.Percent ?? 0m)
            ? (personal!.Percent, new AppliedDiscountSource("PERSONAL", $"Personal discount {personal.Percent:0.##}%: {personal.Reason}"))
            : (card!.Percent, new AppliedDiscountSource("CARD", $"Discount card {card.Number}: {card.Percent:0.##}%"));
    }
}

/// <summary>Where a client discount came from, for the quote's explanation.</summary>
internal sealed record AppliedDiscountSource(string Source, string Description);
