using Crm.Plugins.Loyalty.Domain;
using Crm.Plugins.Loyalty.Storage;
using Crm.Sdk.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Plugins.Loyalty.UseCases;

/// <summary>
/// Earning and spending points. The balance only moves through conditional updates inside a transaction with the
/// movement row, so concurrent spends cannot overdraw it and a purchase delivered twice earns once.
/// </summary>
public sealed class PointsLedger(LoyaltyDbContext db, TimeProvider time)
{
    /// <summary>Earns the points of a purchase once: a second delivery of the same purchase changes nothing.</summary>
    public async Task<long> EarnAsync(Guid purchaseId, Guid customerId, decimal amountPaid, CancellationToken cancellationToken)
    {
        if (await db.EarnedPurchases.AnyAsync(e => e.PurchaseId == purchaseId, cancellationToken))
        {
            return 0;
        }

        var programme = await db.Programme.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? LoyaltyProgramme.Default;
        var points = programme.PointsFor(amountPaid);
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.EarnedPurchases.Add(new EarnedPurchase { PurchaseId = purchaseId, CustomerId = customerId, At = now });
        db.Movements.Add(new PointsMovement { Id = Guid.CreateVersion7(), CustomerId = customerId, Points = points, Reason = $"Purchase {purchaseId:N}", PurchaseId = purchaseId, At = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same purchase delivered twice at once: the other delivery won and earned the points. Anything else is a fault.
            db.ChangeTracker.Clear();
            await transaction.RollbackAsync(CancellationToken.None);
            if (await db.EarnedPurchases.AsNoTracking().AnyAsync(e => e.PurchaseId == purchaseId, cancellationToken))
            {
                return 0;
            }

            throw;
        }

        var raised = await db.Accounts.Where(a => a.CustomerId == customerId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Balance, a => a.Balance + points), cancellationToken);
        if (raised == 0)
        {
            db.Accounts.Add(new PointsAccount { CustomerId = customerId, Balance = points });
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return points;
    }

    public async Task<LoyaltyResult<PointsAccount>> SpendAsync(Guid customerId, long points, string reason, CancellationToken cancellationToken)
    {
        if (points <= 0 || string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 500)
        {
            return LoyaltyResult<PointsAccount>.Failure(ContractErrorCodes.InvalidInput, "Spend a positive number of points, with a reason of up to 500 characters.", points <= 0 ? "points" : "reason");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var spent = await db.Accounts.Where(a => a.CustomerId == customerId && a.Balance >= points)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Balance, a => a.Balance - points), cancellationToken);
        if (spent == 0)
        {
            var balance = await db.Accounts.Where(a => a.CustomerId == customerId).Select(a => (long?)a.Balance).FirstOrDefaultAsync(cancellationToken) ?? 0;
            return LoyaltyResult<PointsAccount>.Failure(LoyaltyErrorCodes.InsufficientPoints, $"The client has {balance} points; {points} cannot be spent.", "points");
        }

        db.Movements.Add(new PointsMovement { Id = Guid.CreateVersion7(), CustomerId = customerId, Points = -points, Reason = reason.Trim(), At = time.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return LoyaltyResult<PointsAccount>.Success(await db.Accounts.AsNoTracking().FirstAsync(a => a.CustomerId == customerId, cancellationToken));
    }
}
