using Crm.Modules.Interactions.Domain;
using Crm.Modules.Interactions.Storage;
using Crm.Sdk.Contracts.Customers;

namespace Crm.Modules.Interactions.Handlers;

/// <summary>Writes one customer summary into the local customer list (insert or overwrite; idempotent).</summary>
internal static class KnownCustomerWriter
{
    public static async Task UpsertAsync(InteractionsDbContext db, CustomerSummary summary, CancellationToken cancellationToken)
    {
        var row = await db.KnownCustomers.FindAsync([summary.CustomerId], cancellationToken);
        if (row is null)
        {
            row = new KnownCustomer { CustomerId = summary.CustomerId };
            db.KnownCustomers.Add(row);
        }

        Copy(summary, row);
        await db.SaveChangesAsync(cancellationToken);
    }

    public static void Copy(CustomerSummary summary, KnownCustomer row)
    {
        row.Name = summary.Name;
        row.NameKey = summary.Name.Trim().ToLowerInvariant();
        row.ManagerId = summary.ManagerId;
        row.IsArchived = summary.IsArchived;
        row.CreatedAt = summary.CreatedAt.UtcDateTime;
    }
}
