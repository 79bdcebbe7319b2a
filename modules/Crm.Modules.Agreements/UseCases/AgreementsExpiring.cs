using Crm.Modules.Agreements.Domain;
using Crm.Modules.Agreements.Storage;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Agreements;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Agreements.UseCases;

/// <summary>Agreements still in force whose last day falls within the next days: the renewals to call about before someone else takes the slot.</summary>
public sealed class AgreementsExpiring(AgreementsDbContext db, TimeProvider time)
{
    public const int MaxDays = 366;

    public async Task<ContractResult<IReadOnlyList<Agreement>>> HandleAsync(int withinDays, CancellationToken cancellationToken)
    {
        if (withinDays is < 0 or > MaxDays)
        {
            return ContractResult<IReadOnlyList<Agreement>>.Failure(new ContractError(ContractErrorCodes.InvalidInput, $"'within' must be 0 to {MaxDays} days.", "within"));
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var until = today.AddDays(withinDays);
        var rows = await db.Agreements.AsNoTracking().Include(a => a.Claims)
            .Where(a => (a.Status == AgreementStatus.Agreed || a.Status == AgreementStatus.Proposed) && a.ValidTo != null && a.ValidTo >= today && a.ValidTo <= until)
            .OrderBy(a => a.ValidTo)
            .Take(500)
            .ToListAsync(cancellationToken);
        return ContractResult<IReadOnlyList<Agreement>>.Success(rows);
    }
}
