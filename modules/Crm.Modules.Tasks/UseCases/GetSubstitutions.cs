using Crm.Modules.Tasks.Domain;
using Crm.Modules.Tasks.Storage;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Tasks.UseCases;

/// <summary>The absences a colleague stands in for that have not ended yet, soonest first.</summary>
public sealed class GetSubstitutions(TasksDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<Absence>> HandleAsync(string substituteId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return await db.Absences.AsNoTracking()
            .Where(a => a.SubstituteId == substituteId && a.To > now)
            .OrderBy(a => a.From)
            .Take(100)
            .ToListAsync(cancellationToken);
    }
}
