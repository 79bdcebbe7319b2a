using Crm.Modules.Sales.Domain;
using Crm.Modules.Sales.Storage;
using Crm.Sdk.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Sales.UseCases;

/// <summary>The admin catalogs: loss reasons (unique code) and products (unique SKU, non-negative price).</summary>
public sealed class DefineCatalog(SalesDbContext db)
{
    public async Task<ContractResult<LossReason>> AddLossReasonAsync(string code, string name, CancellationToken cancellationToken)
    {
        code = (code ?? "").Trim().ToUpperInvariant();
        var errors = new List<ContractError>();
        if (code.Length is 0 or > 32 || !code.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_'))
        {
            errors.Add(new(ContractErrorCodes.InvalidInput, "A reason code has 1 to 32 letters, digits or '_', e.g. PRICE.", "code"));
        }
        else if (await db.LossReasons.AnyAsync(r => r.Code == code, cancellationToken))
        {
            errors.Add(new(SalesErrorCodes.Duplicate, $"The reason code '{code}' exists already.", "code"));
        }

        if (Checks.Text(name, 200, "name", "The reason's name") is { } bad)
        {
            errors.Add(bad);
        }

        if (errors.Count > 0)
        {
            return ContractResult<LossReason>.Failure(errors);
        }

        var reason = new LossReason { Id = Guid.CreateVersion7(), Code = code, Name = name.Trim() };
        db.LossReasons.Add(reason);
        await db.SaveChangesAsync(cancellationToken);
        return ContractResult<LossReason>.Success(reason);
    }

    public async Task<ContractResult<Product>> AddProductAsync(string name, string sku, decimal price, string currency, string category, CancellationToken cancellationToken)
    {
        sku = (sku ?? "").Trim().ToUpperInvariant();
        var errors = new[]
        {
            Checks.Text(name, 200, "name", "The product name"),
            Checks.Text(sku, 64, "sku", "The SKU"),
            Checks.Text(category, 100, "category", "The category"),
            Checks.Currency(currency, "currency"),
            price < 0 ? new ContractError(SalesErrorCodes.NegativeAmount, "A price cannot be negative.", "price") : null,
        }.OfType<ContractError>().ToList();
        if (errors.Count == 0 && await db.Products.AnyAsync(p => p.Sku == sku, cancellationToken))
        {
            errors.Add(new(SalesErrorCodes.Duplicate, $"The SKU '{sku}' is taken.", "sku"));
        }

        if (errors.Count > 0)
        {
            return ContractResult<Product>.Failure(errors);
        }

        var product = new Product { Id = Guid.CreateVersion7(), Name = name.Trim(), Sku = sku, Price = price, Currency = currency, Category = category.Trim() };
        db.Products.Add(product);
        await db.SaveChangesAsync(cancellationToken);
        return ContractResult<Product>.Success(product);
    }
}
