using Crm.Plugins.Loyalty.Domain;
using Crm.Plugins.Loyalty.Storage;
using Crm.Sdk.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Plugins.Loyalty.UseCases;

/// <summary>The programme settings, personal discounts and discount cards: what admins set up before anyone quotes.</summary>
public sealed class ManageDiscounts(LoyaltyDbContext db, IMediator mediator, TimeProvider time)
{
    public async Task<LoyaltyResult<LoyaltyProgramme>> ConfigureProgrammeAsync(string name, decimal pointsPerUnit, decimal pointValue, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200 || pointsPerUnit < 0 || pointValue < 0)
        {
            return LoyaltyResult<LoyaltyProgramme>.Failure(ContractErrorCodes.InvalidInput, "The programme needs a name (up to 200 characters) and non-negative points per unit and point value.");
        }

        var programme = await db.Programme.FirstOrDefaultAsync(cancellationToken);
        if (programme is null)
        {
            programme = new LoyaltyProgramme();
            db.Programme.Add(programme);
        }

        (programme.Name, programme.PointsPerUnit, programme.PointValue) = (name.Trim(), pointsPerUnit, pointValue);
        await db.SaveChangesAsync(cancellationToken);
        return LoyaltyResult<LoyaltyProgramme>.Success(programme);
    }

    /// <summary>Sets a client's personal discount; 0 removes it.</summary>
    public async Task<LoyaltyResult<PersonalDiscount>> SetPersonalDiscountAsync(Guid customerId, decimal percent, string reason, CancellationToken cancellationToken)
    {
        if ((CustomerCheck.Percent(percent, "percent") ?? await CustomerCheck.RequireActiveAsync(mediator, customerId, cancellationToken)) is { } invalid)
        {
            return new LoyaltyResult<PersonalDiscount>(null, [invalid]);
        }

        if (percent > 0 && (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 500))
        {
            return LoyaltyResult<PersonalDiscount>.Failure(ContractErrorCodes.InvalidInput, "Say why (up to 500 characters): the reason is shown in every quote.", "reason");
        }

        var discount = await db.PersonalDiscounts.FirstOrDefaultAsync(d => d.CustomerId == customerId, cancellationToken);
        if (discount is null)
        {
            discount = new PersonalDiscount { CustomerId = customerId };
            db.PersonalDiscounts.Add(discount);
        }

        (discount.Percent, discount.Reason, discount.SetAt) = (percent, reason?.Trim() ?? "", time.GetUtcNow().UtcDateTime);
        if (percent == 0)
        {
            db.PersonalDiscounts.Remove(discount);
        }

        await db.SaveChangesAsync(cancellationToken);
        return LoyaltyResult<PersonalDiscount>.Success(discount);
    }

    public async Task<LoyaltyResult<DiscountCard>> IssueCardAsync(Guid customerId, string number, decimal percent, CancellationToken cancellationToken)
    {
        var normalized = number?.Trim().ToUpperInvariant() ?? "";
        if (normalized.Length is 0 or > 64)
        {
            return LoyaltyResult<DiscountCard>.Failure(ContractErrorCodes.InvalidInput, "A card number has 1 to 64 characters.", "number");
        }

        if ((CustomerCheck.Percent(percent, "percent") ?? await CustomerCheck.RequireActiveAsync(mediator, customerId, cancellationToken)) is { } invalid)
        {
            return new LoyaltyResult<DiscountCard>(null, [invalid]);
        }

        if (await db.Cards.AnyAsync(c => c.Number == normalized, cancellationToken))
        {
            return LoyaltyResult<DiscountCard>.Failure(LoyaltyErrorCodes.Duplicate, $"The card {normalized} is already issued.", "number");
        }

        var card = new DiscountCard { Id = Guid.CreateVersion7(), CustomerId = customerId, Number = normalized, Percent = percent, IsActive = true, IssuedAt = time.GetUtcNow().UtcDateTime };
        db.Cards.Add(card);
        await db.SaveChangesAsync(cancellationToken);
        return LoyaltyResult<DiscountCard>.Success(card);
    }
}
