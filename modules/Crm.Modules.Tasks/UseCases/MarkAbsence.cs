using Crm.Modules.Tasks.Domain;
using Crm.Modules.Tasks.Storage;
using Crm.Sdk.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Tasks.UseCases;

/// <summary>
/// Marks a colleague away with a substitute. Refused, with nothing written, when the period is empty, either person
/// is unknown or deactivated, the colleague is already away for part of it (<c>ABSENCE_OVERLAP</c>) or the
/// substitute is (<c>SUBSTITUTE_AWAY</c>). The checks and the insert run in one transaction that serialises
/// absence changes of the two people, so two admins cannot both pass the checks at once.
/// </summary>
public sealed class MarkAbsence(TasksDbContext db, UserDirectory users, TimeProvider time)
{
    public const int MaxReason = 300;

    public async Task<ContractResult<Absence>> HandleAsync(AbsenceInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<ContractError>();
        if (input.To <= input.From)
        {
            errors.Add(new ContractError(ContractErrorCodes.InvalidPeriod, "The absence must end after it starts.", "to"));
        }

        if (string.Equals(input.UserId, input.SubstituteId, StringComparison.Ordinal))
        {
            errors.Add(new ContractError(ContractErrorCodes.InvalidInput, "Nobody can substitute for himself.", "substituteId"));
        }

        if (input.Reason is { Length: > MaxReason })
        {
            errors.Add(new ContractError(ContractErrorCodes.InvalidInput, $"reason must be at most {MaxReason} characters.", "reason"));
        }

        errors.AddRange(await users.CheckActiveAsync([(input.UserId, "userId"), (input.SubstituteId, "substituteId")], cancellationToken));
        if (errors.Count > 0)
        {
            return ContractResult<Absence>.Failure(errors);
        }

        var (from, to) = (input.From.UtcDateTime, input.To.UtcDateTime);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await AbsenceLocks.LockAsync(db, [input.UserId, input.SubstituteId], cancellationToken);
        var overlapping = await db.Absences.AsNoTracking()
            .Where(a => (a.UserId == input.UserId || a.UserId == input.SubstituteId) && a.From < to && from < a.To)
            .ToListAsync(cancellationToken);
        if (overlapping.FirstOrDefault(a => a.UserId == input.UserId) is { } own)
        {
            errors.Add(new ContractError(TaskErrorCodes.AbsenceOverlap, $"{input.UserId} is already away from {own.From:u} to {own.To:u}.", "from"));
        }

        if (overlapping.FirstOrDefault(a => a.UserId == input.SubstituteId) is { } away)
        {
            errors.Add(new ContractError(TaskErrorCodes.SubstituteAway, $"{input.SubstituteId} is away himself from {away.From:u} to {away.To:u}; choose another substitute.", "substituteId"));
        }

        if (errors.Count > 0)
        {
            return ContractResult<Absence>.Failure(errors);
        }

        var absence = new Absence
        {
            Id = Guid.CreateVersion7(),
            UserId = input.UserId,
            From = from,
            To = to,
            SubstituteId = input.SubstituteId,
            Reason = input.Reason,
            CreatedBy = actor,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Absences.Add(absence);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ContractResult<Absence>.Success(absence);
    }
}
