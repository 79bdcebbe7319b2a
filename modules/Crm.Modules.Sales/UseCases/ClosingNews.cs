using System.Globalization;
using Crm.Modules.Sales.Domain;
using Crm.Sdk.Contracts.Interactions;
using Crm.Sdk.Contracts.Sales;
using MediatR;

namespace Crm.Modules.Sales.UseCases;

/// <summary>After an opportunity closes (and is committed): a note in the client's timeline and <see cref="OpportunityClosed"/> for other modules.</summary>
internal static class ClosingNews
{
    public static async Task TellAsync(IMediator mediator, Opportunity opportunity, string actor, CancellationToken cancellationToken)
    {
        if (opportunity.Status == OpportunityStatus.Open)
        {
            return;
        }

        var won = opportunity.Status == OpportunityStatus.Won;
        var closedAt = new DateTimeOffset(opportunity.ClosedAt!.Value, TimeSpan.Zero);
        var subject = won
            ? string.Create(CultureInfo.InvariantCulture, $"Deal won: {opportunity.Title} ({opportunity.Amount:0.00} {opportunity.Currency})")
            : $"Deal lost: {opportunity.Title} — {opportunity.LossReasonCode}";
        var recorded = await mediator.Send(
            new RecordInteraction(opportunity.CustomerId, InteractionKinds.Note, InteractionDirection.Internal, closedAt, actor, subject)
            {
                Summary = opportunity.LossComment,
                Outcome = won ? "WON" : "LOST",
                Concerns = new InteractionReference("Opportunity", opportunity.Id.ToString()),
            },
            cancellationToken);
        if (!recorded.Succeeded)
        {
            // The close is committed; a refused timeline entry is a defect to see in the logs, not the user's fault.
            throw new InvalidOperationException($"The timeline refused the close of opportunity {opportunity.Id}: {string.Join("; ", recorded.Errors.Select(e => e.Message))}");
        }

        await mediator.Publish(
            new OpportunityClosed(opportunity.Id, opportunity.CustomerId, opportunity.OwnerId, won, closedAt, opportunity.Amount, opportunity.Currency,
                opportunity.Products.Select(p => p.ProductId).ToList(), opportunity.LossReasonCode, opportunity.LossComment),
            cancellationToken);
    }
}
