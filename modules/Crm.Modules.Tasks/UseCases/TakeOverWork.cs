using Crm.Modules.Tasks.Domain;
using Crm.Modules.Tasks.Storage;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Interactions;
using Crm.Sdk.Contracts.Ownership;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Tasks.UseCases;

/// <summary>
/// The substitute takes over an absent colleague's open work, some records or all of it: every module that keeps
/// the records moves them (and audits the owner change) through <see cref="TransferOwnedWork"/>, and each record
/// actually moved is written down here as a <see cref="Takeover"/>, which <c>Customer.workingNow</c> shows. A record
/// that is not the absent colleague's open work is refused before anything moves.
/// </summary>
public sealed class TakeOverWork(TasksDbContext db, IMediator mediator, TimeProvider time)
{
    /// <param name="absenceId">The absence the substitute stands in for.</param>
    /// <param name="records">The records to take; null takes everything still open.</param>
    /// <param name="actor">Who asks: must be the absence's substitute unless <paramref name="actorManages"/>.</param>
    /// <param name="actorManages">True when the actor may manage absences of others (then the work still goes to the substitute).</param>
    public async Task<ContractResult<IReadOnlyList<OwnedWork>>> HandleAsync(Guid absenceId, IReadOnlyList<InteractionReference>? records, string actor, bool actorManages, CancellationToken cancellationToken)
    {
        var absence = await db.Absences.AsNoTracking().FirstOrDefaultAsync(a => a.Id == absenceId, cancellationToken);
        if (absence is null)
        {
            return Failure(new ContractError(ContractErrorCodes.NotFound, $"No absence has the id {absenceId:N}.", "absenceId"));
        }

        if (!actorManages && !string.Equals(actor, absence.SubstituteId, StringComparison.Ordinal))
        {
            return Failure(new ContractError(TaskErrorCodes.NotSubstitute, $"Only {absence.SubstituteId}, the substitute, can take over {absence.UserId}'s work.", "absenceId"));
        }

        var collect = new CollectOwnedWork(absence.UserId);
        await mediator.Publish(collect, cancellationToken);
        var open = collect.Items;
        var wanted = open;
        if (records is not null)
        {
            var unknown = records.Where(r => !open.Any(w => SameRecord(w.Record, r))).ToList();
            if (unknown.Count > 0)
            {
                return Failure(unknown.Select(r => new ContractError(ContractErrorCodes.NotFound, $"{r.Type} {r.Id} is not open work of {absence.UserId}.", "records")).ToArray());
            }

            wanted = open.Where(w => records.Any(r => SameRecord(w.Record, r))).ToList();
        }

        if (wanted.Count == 0)
        {
            return ContractResult<IReadOnlyList<OwnedWork>>.Success([]);
        }

        var transfer = new TransferOwnedWork(absence.UserId, absence.SubstituteId, wanted.Select(w => w.Record).ToList());
        await mediator.Publish(transfer, cancellationToken);
        var moved = wanted.Where(w => transfer.Moved.Any(m => SameRecord(m, w.Record))).ToList();
        var now = time.GetUtcNow().UtcDateTime;
        // A takeover row is what the client's workingNow shows; work tied to no client yet (a lead) has no client to
        // show it on, and its owner change is audited by its own module like every other record's.
        db.Takeovers.AddRange(moved.Where(w => w.CustomerId is not null).Select(w => new Takeover
        {
            Id = Guid.CreateVersion7(),
            AbsenceId = absence.Id,
            CustomerId = w.CustomerId!.Value,
            RecordType = w.Record.Type,
            RecordId = w.Record.Id,
            Kind = w.Kind,
            Description = w.Description.Length > 300 ? w.Description[..300] : w.Description,
            FromUserId = absence.UserId,
            ToUserId = absence.SubstituteId,
            TakenAt = now,
        }));
        // Runs even if the caller gave up: the records already moved in their modules, so their trace must be kept.
        await db.SaveChangesAsync(CancellationToken.None);
        return ContractResult<IReadOnlyList<OwnedWork>>.Success(moved);
    }

    private static bool SameRecord(InteractionReference a, InteractionReference b) =>
        string.Equals(a.Type, b.Type, StringComparison.Ordinal) && string.Equals(Normalize(a.Id), Normalize(b.Id), StringComparison.OrdinalIgnoreCase);

    // Guid ids may come as "N" or "D" text; compare them as Guids.
    private static string Normalize(string id) => Guid.TryParse(id, out var guid) ? guid.ToString("N") : id;

    private static ContractResult<IReadOnlyList<OwnedWork>> Failure(params ContractError[] errors) => ContractResult<IReadOnlyList<OwnedWork>>.Failure(errors);
}
