namespace Crm.Modules.Sales.UseCases;

/// <summary>A purchase as entered: the client, when, and the lines; the amount is the lines' sum.</summary>
public sealed record PurchaseInput(Guid CustomerId, DateTimeOffset OccurredAt, string Currency, IReadOnlyList<PurchaseLineInput> Lines);

/// <summary>One line; without <see cref="UnitPrice"/> the catalog price applies.</summary>
public sealed record PurchaseLineInput(Guid ProductId, decimal Quantity, decimal? UnitPrice = null);
