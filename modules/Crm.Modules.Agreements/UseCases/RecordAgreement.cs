using Crm.Modules.Agreements.Domain;
using Crm.Modules.Agreements.Storage;
using Crm.Sdk.Contracts.Agreements;
using Crm.Sdk.Contracts.Customers;
using MediatR;

namespace Crm.Modules.Agreements.UseCases;

/// <summary>
/// Records an agreement with its resource claims. Before anything is written the claims are checked against
/// other clients' active claims; a conflict refuses the agreement with a <c>RESOURCE_CONFLICT</c> per holder,
/// unless an override reason is given, in which case each overridden claim is recorded with the reason. The
/// agreement then appears in the client's timeline.
/// </summary>
public sealed class RecordAgreement(AgreementsDbContext db, IMediator mediator, TimeProvider time)
{
    public async Task<AgreementResult> HandleAsync(AgreementInput input, string actor, CancellationToken cancellationToken)
    {
        var customer = (await mediator.Send(new GetCustomerSummaries([input.CustomerId]), cancellationToken)).FirstOrDefault();
        var errors = AgreementValidator.Validate(input, customer);
        if (errors.Count > 0)
        {
            return new AgreementResult(null, errors, []);
        }

        var now = time.GetUtcNow();
        var agreement = new Agreement
        {
            Id = Guid.CreateVersion7(),
            CustomerId = input.CustomerId,
            Subject = input.Subject.Trim(),
            Terms = input.Terms,
            Form = input.Form,
            Status = input.Status,
            ValidFrom = input.ValidFrom,
            ValidTo = input.ValidTo,
            RecordedBy = actor,
            RecordedAt = now.UtcDateTime,
            UpdatedAt = now.UtcDateTime,
            Version = 1,
        };
        agreement.Claims = input.Claims.Select(c => new ResourceClaim
        {
            Id = Guid.CreateVersion7(),
            AgreementId = agreement.Id,
            CustomerId = agreement.CustomerId,
            Resource = c.Resource.Trim(),
            ResourceKey = ResourceClaim.KeyOf(c.Resource),
            From = c.From,
            To = c.To,
            IsActive = true,
        }).ToList();

        IReadOnlyList<ResourceConflict> conflicts;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await ClaimChecker.LockResourcesAsync(db, agreement.Claims.Select(c => c.ResourceKey), cancellationToken);
            conflicts = await ClaimChecker.FindConflictsAsync(db, agreement.CustomerId, input.Claims, ignoreAgreement: null, cancellationToken);
            if (conflicts.Count == 0 || input.OverrideReason is not null)
            {
                db.Agreements.Add(agreement);
                db.Overrides.AddRange(conflicts.Select(c => new ClaimOverride
                {
                    Id = Guid.CreateVersion7(),
                    AgreementId = agreement.Id,
                    OverriddenAgreementId = c.AgreementId,
                    OverriddenCustomerId = c.HolderCustomerId,
                    Resource = c.Resource,
                    Reason = input.OverrideReason!,
                    OverriddenBy = actor,
                    OverriddenAt = now.UtcDateTime,
                }));
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
        }

        if (conflicts.Count > 0 && input.OverrideReason is null)
        {
            return new AgreementResult(null, await ConflictErrors.DescribeAsync(mediator, conflicts, cancellationToken), conflicts);
        }

        var overridden = conflicts.Count > 0 ? $" (overriding {conflicts.Count} claim(s): {input.OverrideReason})" : "";
        await AgreementTimeline.WriteAsync(mediator, agreement, $"Agreement {agreement.Status.ToString().ToUpperInvariant()}: {agreement.Subject}{overridden}", actor, now, cancellationToken);
        await mediator.Publish(new AgreementRecorded(agreement.Id, agreement.CustomerId, agreement.Subject, agreement.Status, actor), cancellationToken);
        return AgreementResult.Success(agreement);
    }
}
