using Crm.Plugins.Loyalty.Domain;
using Crm.Plugins.Loyalty.Storage;
using Crm.Sdk.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Plugins.Loyalty.UseCases;

/// <summary>
/// Takes one use of a promo code for a client, atomically. The total limit is enforced by one conditional UPDATE
/// (<c>used_count = used_count + 1 WHERE used_count &lt; total_limit</c>): the database serialises concurrent
/// redemptions on the row, so however many arrive at once, no more than the limit succeed. The per-client limit is
/// enforced by the unique (code, client, sequence) index: two concurrent uses cannot both take the same sequence.
/// Everything happens in one transaction; a refusal rolls the counter back.
/// </summary>
internal sealed class PromoCodeRedeemer(LoyaltyDbContext db, TimeProvider time)
{
    public async Task<(Guid? RedemptionId, ContractError? Error)> RedeemAsync(PromoCode code, Guid customerId, decimal discount, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var taken = await db.PromoCodes
            .Where(p => p.Id == code.Id && (p.TotalLimit == null || p.UsedCount < p.TotalLimit))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.UsedCount, p => p.UsedCount + 1), cancellationToken);
        if (taken == 0)
        {
            return (null, new ContractError(LoyaltyErrorCodes.PromoCodeExhausted, $"The promo code {code.Code} has been used all {code.TotalLimit} times it allows.", "promoCode"));
        }

        var usedByClient = await db.Redemptions.CountAsync(r => r.PromoCodeId == code.Id && r.CustomerId == customerId, cancellationToken);
        if (code.PerClientLimit is { } perClient && usedByClient >= perClient)
        {
            return (null, ClientLimit(code));
        }

        var redemption = new PromoRedemption
        {
            Id = Guid.CreateVersion7(),
            PromoCodeId = code.Id,
            CustomerId = customerId,
            Sequence = usedByClient + 1,
            Discount = discount,
            At = time.GetUtcNow().UtcDateTime,
        };
        db.Redemptions.Add(redemption);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another use by the same client took this sequence number at the same moment: that one counts, this one not.
            db.ChangeTracker.Clear();
            return (null, ClientLimit(code));
        }

        await transaction.CommitAsync(cancellationToken);
        return (redemption.Id, null);
    }

    private static ContractError ClientLimit(PromoCode code) =>
        new(LoyaltyErrorCodes.PromoCodeClientLimit, $"This client has already used the promo code {code.Code} the {code.PerClientLimit} time(s) it allows per client.", "promoCode");
}
