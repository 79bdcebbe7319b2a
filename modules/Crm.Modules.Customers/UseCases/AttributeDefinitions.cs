using Crm.Modules.Customers.Domain;
using Crm.Modules.Customers.Storage;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Customers.UseCases;

/// <summary>Reads the custom attributes admins defined (a handful of rows), for validating input.</summary>
internal static class AttributeDefinitions
{
    public static async Task<IReadOnlyDictionary<string, CustomAttributeDefinition>> LoadAsync(CustomersDbContext db, CancellationToken cancellationToken) =>
        await db.AttributeDefinitions.AsNoTracking().ToDictionaryAsync(d => d.Key, StringComparer.Ordinal, cancellationToken);
}
