using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Interactions.Storage;

/// <summary>
/// Keeps <see cref="Domain.KnownCustomer.LastContactAt"/> equal to the newest of the customer's last-contact figures:
/// moved forward with each recorded contact, and derived in bulk from <c>last_contacts</c> by the migration that adds
/// it and by the volume seed.
/// </summary>
internal static class KnownCustomerLastContact
{
    /// <summary>Moves the customer's last contact forward to <paramref name="at"/> (never back), in one statement.</summary>
    public static Task<int> AdvanceAsync(InteractionsDbContext db, Guid customerId, DateTime at, CancellationToken cancellationToken) =>
        db.KnownCustomers
            .Where(k => k.CustomerId == customerId && (k.LastContactAt == null || k.LastContactAt < at))
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastContactAt, at), cancellationToken);

    /// <summary>
    /// Sets every known customer's last contact (or those <paramref name="onlyRecentlyWritten"/> names with a
    /// condition on the customer id column) from <c>last_contacts</c>: one correlated UPDATE, valid on every provider.
    /// </summary>
    public static string DeriveSql(ModuleStorage storage, string? onlyRecentlyWritten = null)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var known = storage.QuotedTable("known_customers");
        var figures = storage.QuotedTable("last_contacts");
        var where = onlyRecentlyWritten is null ? "" : $" WHERE {onlyRecentlyWritten}";
        return $"UPDATE {known} SET \"LastContactAt\" = (SELECT MAX(l.\"LastAt\") FROM {figures} l WHERE l.\"CustomerId\" = {known}.\"CustomerId\"){where}";
    }
}
