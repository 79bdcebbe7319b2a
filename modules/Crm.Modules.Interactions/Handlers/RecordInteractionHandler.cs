using Crm.Modules.Interactions.Domain;
using Crm.Modules.Interactions.Storage;
using Crm.Modules.Interactions.UseCases;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Interactions;
using MediatR;

namespace Crm.Modules.Interactions.Handlers;

/// <summary>
/// Writes a timeline entry and moves the customer's last-contact figure in one transaction, then tells
/// listeners with <see cref="InteractionRecorded"/>. Serves the GraphQL mutation and every other module alike.
/// </summary>
internal sealed class RecordInteractionHandler(InteractionsDbContext db, IMediator mediator, TimeProvider time)
    : IRequestHandler<RecordInteraction, ContractResult<RecordedInteraction>>
{
    public async Task<ContractResult<RecordedInteraction>> Handle(RecordInteraction request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        var customer = await db.KnownCustomers.FindAsync([request.CustomerId], cancellationToken);
        var errors = InteractionValidator.Validate(request, customer, now);
        if (errors.Count > 0)
        {
            return ContractResult<RecordedInteraction>.Failure(errors);
        }

        var interaction = new Interaction
        {
            CustomerId = request.CustomerId,
            Kind = request.Kind,
            Direction = request.Direction,
            OccurredAt = request.OccurredAt.UtcDateTime,
            RecordedBy = request.RecordedBy,
            RecordedAt = now.UtcDateTime,
            Participants = string.Join(',', request.Participants.Distinct(StringComparer.Ordinal)),
            Subject = request.Subject.Trim(),
            Summary = request.Summary,
            Outcome = request.Outcome,
            ConcernsType = request.Concerns?.Type,
            ConcernsId = request.Concerns?.Id,
        };

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.Interactions.Add(interaction);
            await db.SaveChangesAsync(cancellationToken);
            await LastContactUpsert.ApplyAsync(db, interaction.CustomerId, interaction.Kind, interaction.OccurredAt, interaction.Id, cancellationToken);
            await KnownCustomerLastContact.AdvanceAsync(db, interaction.CustomerId, interaction.OccurredAt, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var occurredAt = new DateTimeOffset(interaction.OccurredAt, TimeSpan.Zero);
        await mediator.Publish(new InteractionRecorded(interaction.Id, interaction.CustomerId, interaction.Kind, occurredAt, interaction.RecordedBy, interaction.Subject), cancellationToken);
        return ContractResult<RecordedInteraction>.Success(new RecordedInteraction(interaction.Id, interaction.CustomerId, occurredAt));
    }
}
