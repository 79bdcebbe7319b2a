using Crm.Modules.Agreements.Domain;
using Crm.Modules.Agreements.Storage;
using Crm.Sdk.Contracts.Agreements;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Agreements.UseCases;

/// <summary>
/// Finds other clients' active claims on the same resources for overlapping periods. Two periods overlap when
/// each starts no later than the other ends. One query for all requested claims.
/// </summary>
internal static class ClaimChecker
{
    public const string PostgresProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    public static async Task<IReadOnlyList<ResourceConflict>> FindConflictsAsync(AgreementsDbContext db, Guid customerId, IReadOnlyList<ResourceClaimRequest> claims, Guid? ignoreAgreement, CancellationToken cancellationToken)
    {
        if (claims.Count == 0)
        {
            return [];
        }

        var keys = claims.Select(c => ResourceClaim.KeyOf(c.Resource)).Distinct(StringComparer.Ordinal).ToList();
        var earliest = claims.Min(c => c.From);
        var latest = claims.Max(c => c.To);
        var candidates = await db.Claims.AsNoTracking()
            .Where(c => keys.Contains(c.ResourceKey) && c.IsActive && c.CustomerId != customerId && c.From <= latest && c.To >= earliest)
            .Where(c => ignoreAgreement == null || c.AgreementId != ignoreAgreement)
            .Join(db.Agreements.AsNoTracking(), c => c.AgreementId, a => a.Id, (c, a) => new { Claim = c, Agreement = a })
            .ToListAsync(cancellationToken);
        return candidates
            .Where(x => claims.Any(r => ResourceClaim.KeyOf(r.Resource) == x.Claim.ResourceKey && r.From <= x.Claim.To && r.To >= x.Claim.From))
            .Select(x => new ResourceConflict(
                x.Claim.Resource,
                x.Claim.CustomerId,
                x.Agreement.Id,
                x.Agreement.Subject,
                x.Agreement.Status,
                x.Agreement.RecordedBy,
                new DateTimeOffset(x.Agreement.RecordedAt, TimeSpan.Zero),
                x.Claim.From,
                x.Claim.To))
            .OrderBy(c => c.From)
            .ToList();
    }

    /// <summary>
    /// On PostgreSQL, serialises claim checks per resource until the transaction ends, so two colleagues promising
    /// the same slot at the same instant cannot both pass the check. SQLite already runs one writer at a time.
    /// </summary>
    public static async Task LockResourcesAsync(AgreementsDbContext db, IEnumerable<string> resourceKeys, CancellationToken cancellationToken)
    {
        if (db.Database.ProviderName != PostgresProvider)
        {
            return;
        }

        foreach (var key in resourceKeys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({"crm.agreements:" + key}))", cancellationToken);
        }
    }
}
