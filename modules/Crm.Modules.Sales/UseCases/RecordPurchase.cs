using System.Globalization;
using Crm.Modules.Sales.Domain;
using Crm.Modules.Sales.Storage;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Interactions;
using Crm.Sdk.Contracts.Sales;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Sales.UseCases;

/// <summary>
/// Records what a client bought. Once committed it lands in the timeline as <c>PURCHASE</c>, is published as
/// <see cref="PurchaseRecorded"/> (loyalty listens), and the funnels' "on purchase" rules move the client's open deals.
/// </summary>
public sealed class RecordPurchase(SalesDbContext db, IMediator mediator, AutomaticRules rules, TimeProvider time)
{
    public const int MaxLines = 200;

    public async Task<ContractResult<Purchase>> HandleAsync(PurchaseInput input, string actor, CancellationToken cancellationToken)
    {
        var errors = Validate(input);
        if (await Checks.CustomerAsync(mediator, input.CustomerId, "customerId", cancellationToken) is { } customer)
        {
            errors.Add(customer);
        }

        var ids = input.Lines.Select(l => l.ProductId).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id) && p.IsActive).ToDictionaryAsync(p => p.Id, cancellationToken);
        for (var i = 0; i < input.Lines.Count; i++)
        {
            if (!products.ContainsKey(input.Lines[i].ProductId))
            {
                errors.Add(new(ContractErrorCodes.NotFound, $"No active product has the id {input.Lines[i].ProductId}.", $"lines[{i}].productId"));
            }
        }

        if (errors.Count > 0)
        {
            return ContractResult<Purchase>.Failure(errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var purchase = new Purchase
        {
            Id = Guid.CreateVersion7(),
            CustomerId = input.CustomerId,
            OccurredAt = input.OccurredAt.UtcDateTime,
            Currency = input.Currency,
            RecordedBy = actor,
            RecordedAt = now,
        };
        purchase.Lines = input.Lines.Select(l => new PurchaseItem
        {
            Id = Guid.CreateVersion7(),
            PurchaseId = purchase.Id,
            ProductId = l.ProductId,
            Sku = products[l.ProductId].Sku,
            Category = products[l.ProductId].Category,
            Quantity = l.Quantity,
            UnitPrice = l.UnitPrice ?? products[l.ProductId].Price,
        }).ToList();
        purchase.Amount = purchase.Lines.Sum(l => l.Quantity * l.UnitPrice);
        db.Purchases.Add(purchase);
        await db.SaveChangesAsync(cancellationToken);

        await WriteTimelineAsync(purchase, cancellationToken);
        var lines = purchase.Lines.Select(l => new PurchaseLine(l.ProductId, l.Sku, l.Category, l.Quantity, l.UnitPrice)).ToList();
        await mediator.Publish(new PurchaseRecorded(purchase.Id, purchase.CustomerId, input.OccurredAt, lines, purchase.Amount, purchase.Currency, actor), cancellationToken);
        await rules.ApplyAsync(purchase.CustomerId, RuleTrigger.PurchaseRecorded, null, actor, cancellationToken);
        return ContractResult<Purchase>.Success(purchase);
    }

    private static List<ContractError> Validate(PurchaseInput input)
    {
        var errors = new List<ContractError>();
        if (Checks.Currency(input.Currency, "currency") is { } currency)
        {
            errors.Add(currency);
        }

        if (input.Lines.Count == 0)
        {
            errors.Add(new(SalesErrorCodes.EmptyPurchase, "A purchase needs at least one line.", "lines"));
        }
        else if (input.Lines.Count > MaxLines)
        {
            errors.Add(new(ContractErrorCodes.InvalidInput, $"At most {MaxLines} lines per purchase.", "lines"));
        }

        for (var i = 0; i < input.Lines.Count; i++)
        {
            if (input.Lines[i].Quantity <= 0)
            {
                errors.Add(new(SalesErrorCodes.NegativeAmount, "A quantity must be above zero.", $"lines[{i}].quantity"));
            }

            if (input.Lines[i].UnitPrice < 0)
            {
                errors.Add(new(SalesErrorCodes.NegativeAmount, "A price cannot be negative.", $"lines[{i}].unitPrice"));
            }
        }

        return errors;
    }

    private async Task WriteTimelineAsync(Purchase purchase, CancellationToken cancellationToken)
    {
        var lines = string.Join(", ", purchase.Lines.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Sku} × {l.Quantity:0.###}")));
        var subject = string.Create(CultureInfo.InvariantCulture, $"Purchase: {lines} — {purchase.Amount:0.00} {purchase.Currency}");
        var result = await mediator.Send(
            new RecordInteraction(purchase.CustomerId, InteractionKinds.Purchase, InteractionDirection.Inbound, new DateTimeOffset(purchase.OccurredAt, TimeSpan.Zero), purchase.RecordedBy, subject.Length > 300 ? subject[..300] : subject)
            {
                Concerns = new InteractionReference("Purchase", purchase.Id.ToString()),
            },
            cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The timeline refused purchase {purchase.Id}: {string.Join("; ", result.Errors.Select(e => e.Message))}");
        }
    }
}
