using Crm.Modules.Agreements.Domain;
using Crm.Sdk.Contracts.Interactions;
using MediatR;

namespace Crm.Modules.Agreements.UseCases;

/// <summary>Puts agreement events in the client's timeline, through the interactions module's contract.</summary>
internal static class AgreementTimeline
{
    public static async Task WriteAsync(IMediator mediator, Agreement agreement, string subject, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(
            new RecordInteraction(agreement.CustomerId, InteractionKinds.Agreement, InteractionDirection.Internal, at, actor, subject)
            {
                Summary = agreement.Terms,
                Concerns = new InteractionReference("Agreement", agreement.Id.ToString()),
            },
            cancellationToken);
        if (!result.Succeeded)
        {
            // The agreement is committed; a refused timeline entry is a defect to see in the logs, not the user's fault.
            throw new InvalidOperationException($"The timeline refused the entry for agreement {agreement.Id}: {string.Join("; ", result.Errors.Select(e => e.Message))}");
        }
    }
}
