using Crm.Plugins.Loyalty.Domain;
using Crm.Plugins.Loyalty.Storage;
using Crm.Sdk.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Plugins.Loyalty.UseCases;

/// <summary>Creates a promo code after checking every rule that would make it unusable or ambiguous.</summary>
public sealed class CreatePromoCode(LoyaltyDbContext db, IMediator mediator, TimeProvider time)
{
    public async Task<LoyaltyResult<PromoCode>> HandleAsync(PromoCodeInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var code = PromoCode.Normalize(input.Code ?? "");
        var error = Validate(input, code);
        if (error is null && input.ForCustomerId is { } owner)
        {
            error = await CustomerCheck.RequireActiveAsync(mediator, owner, cancellationToken);
        }

        if (error is null && await db.PromoCodes.AnyAsync(p => p.Code == code, cancellationToken))
        {
            error = new ContractError(LoyaltyErrorCodes.Duplicate, $"The promo code {code} already exists.", "code");
        }

        if (error is not null)
        {
            return new LoyaltyResult<PromoCode>(null, [error]);
        }

        var promo = new PromoCode
        {
            Id = Guid.CreateVersion7(),
            Code = code,
            Kind = input.Kind,
            Value = input.Value,
            ValidFrom = input.ValidFrom.UtcDateTime,
            ValidTo = input.ValidTo?.UtcDateTime,
            TotalLimit = input.TotalLimit,
            PerClientLimit = input.PerClientLimit,
            ForCustomerId = input.ForCustomerId,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        promo.Products = input.ProductIds.Distinct().Select(p => new PromoCodeProduct { PromoCodeId = promo.Id, ProductId = p }).ToList();
        db.PromoCodes.Add(promo);
        await db.SaveChangesAsync(cancellationToken);
        return LoyaltyResult<PromoCode>.Success(promo);
    }

    private static ContractError? Validate(PromoCodeInput input, string code)
    {
        if (code.Length is < 3 or > 64 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return new ContractError(ContractErrorCodes.InvalidInput, "A promo code has 3 to 64 letters, digits, '-' or '_'.", "code");
        }

        if (input.Kind == PromoKind.Percent ? input.Value is <= 0 or > 100 : input.Value <= 0)
        {
            return new ContractError(ContractErrorCodes.InvalidInput, input.Kind == PromoKind.Percent ? "A percentage code takes off more than 0 and at most 100%." : "An amount code takes off a positive amount.", "value");
        }

        if (input.ValidTo is { } end && end <= input.ValidFrom)
        {
            return new ContractError(ContractErrorCodes.InvalidPeriod, "The code's validity ends before it starts.", "validTo");
        }

        return input.TotalLimit is <= 0 || input.PerClientLimit is <= 0
            ? new ContractError(ContractErrorCodes.InvalidInput, "Limits are positive (leave them out for no limit).", input.TotalLimit is <= 0 ? "totalLimit" : "perClientLimit")
            : null;
    }
}
