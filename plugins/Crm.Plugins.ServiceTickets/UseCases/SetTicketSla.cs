using Crm.Plugins.ServiceTickets.Domain;
using Crm.Plugins.ServiceTickets.Storage;
using Crm.Sdk.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Plugins.ServiceTickets.UseCases;

/// <summary>Sets how long tickets of a priority may take; tickets opened from now on get the new due time.</summary>
public sealed class SetTicketSla(TicketsDbContext db)
{
    /// <summary>A year: anything longer is a typo, not a service level.</summary>
    public const int MaxMinutes = 366 * 24 * 60;

    public async Task<(SlaPolicy? Policy, IReadOnlyList<ContractError> Errors)> HandleAsync(TicketPriority priority, int resolveWithinMinutes, CancellationToken cancellationToken)
    {
        if (resolveWithinMinutes is < 1 or > MaxMinutes)
        {
            return (null, [new ContractError(ContractErrorCodes.InvalidInput, $"resolveWithinMinutes must be between 1 and {MaxMinutes}.", "resolveWithinMinutes")]);
        }

        var policy = await db.SlaPolicies.FirstOrDefaultAsync(p => p.Priority == priority, cancellationToken);
        if (policy is null)
        {
            policy = new SlaPolicy { Priority = priority };
            db.SlaPolicies.Add(policy);
        }

        policy.ResolveWithinMinutes = resolveWithinMinutes;
        await db.SaveChangesAsync(cancellationToken);
        return (policy, []);
    }
}
