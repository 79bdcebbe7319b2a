using Crm.Plugins.Competitors.Domain;
using Crm.Plugins.Competitors.Storage;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Customers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Plugins.Competitors.UseCases;

/// <summary>Recording what we know: competitors, their SWOT points, their observed moves, which clients buy from them.</summary>
public sealed class CompetitorRecords(CompetitorsDbContext db, IMediator mediator, TimeProvider time)
{
    public async Task<CompetitorResult<Competitor>> CreateAsync(string name, string? website, string? notes, CancellationToken cancellationToken)
    {
        if ((Text(name, "name", 200, required: true) ?? Text(website, "website", 500, required: false) ?? Text(notes, "notes", 4000, required: false)) is { } invalid)
        {
            return new CompetitorResult<Competitor>(null, [invalid]);
        }

        var key = Competitor.KeyOf(name);
        if (await db.Competitors.AnyAsync(c => c.NameKey == key, cancellationToken))
        {
            return CompetitorResult<Competitor>.Failure(CompetitorErrorCodes.Duplicate, $"A competitor named {name.Trim()} is already recorded.", "name");
        }

        var competitor = new Competitor { Id = Guid.CreateVersion7(), Name = name.Trim(), NameKey = key, Website = website?.Trim(), Notes = notes?.Trim(), CreatedAt = time.GetUtcNow().UtcDateTime };
        db.Competitors.Add(competitor);
        await db.SaveChangesAsync(cancellationToken);
        return CompetitorResult<Competitor>.Success(competitor);
    }

    public async Task<CompetitorResult<Competitor>> AddSwotAsync(Guid competitorId, SwotQuadrant quadrant, string text, CancellationToken cancellationToken)
    {
        if (Text(text, "text", 1000, required: true) is { } invalid)
        {
            return new CompetitorResult<Competitor>(null, [invalid]);
        }

        return await WithCompetitorAsync(competitorId, competitor => db.Swot.Add(new SwotItem { Id = Guid.CreateVersion7(), CompetitorId = competitor.Id, Quadrant = quadrant, Text = text.Trim() }), cancellationToken);
    }

    public async Task<CompetitorResult<Competitor>> RecordActivityAsync(Guid competitorId, ActivityKind kind, string description, DateOnly observedOn, string source, CancellationToken cancellationToken)
    {
        if ((Text(description, "description", 2000, required: true) ?? Text(source, "source", 500, required: true)) is { } invalid)
        {
            return new CompetitorResult<Competitor>(null, [invalid]);
        }

        if (observedOn > DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.AddDays(1)))
        {
            return CompetitorResult<Competitor>.Failure(ContractErrorCodes.InvalidInput, "An observed activity cannot be dated in the future.", "observedOn");
        }

        return await WithCompetitorAsync(competitorId, competitor => db.Activities.Add(new CompetitorActivity
        {
            Id = Guid.CreateVersion7(), CompetitorId = competitor.Id, Kind = kind, Description = description.Trim(), ObservedOn = observedOn, Source = source.Trim(),
        }), cancellationToken);
    }

    /// <summary>Records that a client also buys from a competitor; recording it again only updates the note.</summary>
    public async Task<CompetitorResult<Competitor>> LinkCustomerAsync(Guid customerId, Guid competitorId, string? note, CancellationToken cancellationToken)
    {
        if (Text(note, "note", 1000, required: false) is { } invalid)
        {
            return new CompetitorResult<Competitor>(null, [invalid]);
        }

        var customer = customerId == Guid.Empty ? null : (await mediator.Send(new GetCustomerSummaries([customerId]), cancellationToken)).FirstOrDefault();
        if (customer is null)
        {
            return CompetitorResult<Competitor>.Failure(ContractErrorCodes.NotFound, "No customer has this id.", "customerId");
        }

        return await WithCompetitorAsync(competitorId, async competitor =>
        {
            var link = await db.CustomerLinks.FirstOrDefaultAsync(l => l.CustomerId == customerId && l.CompetitorId == competitor.Id, cancellationToken);
            if (link is null)
            {
                db.CustomerLinks.Add(new CustomerCompetitor { CustomerId = customerId, CompetitorId = competitor.Id, Note = note?.Trim(), Since = time.GetUtcNow().UtcDateTime });
            }
            else
            {
                link.Note = note?.Trim();
            }
        }, cancellationToken);
    }

    private Task<CompetitorResult<Competitor>> WithCompetitorAsync(Guid competitorId, Action<Competitor> change, CancellationToken cancellationToken) =>
        WithCompetitorAsync(competitorId, c =>
        {
            change(c);
            return Task.CompletedTask;
        }, cancellationToken);

    private async Task<CompetitorResult<Competitor>> WithCompetitorAsync(Guid competitorId, Func<Competitor, Task> change, CancellationToken cancellationToken)
    {
        var competitor = competitorId == Guid.Empty ? null : await db.Competitors.FirstOrDefaultAsync(c => c.Id == competitorId, cancellationToken);
        if (competitor is null)
        {
            return CompetitorResult<Competitor>.Failure(ContractErrorCodes.NotFound, "No competitor has this id.", "competitorId");
        }

        await change(competitor);
        await db.SaveChangesAsync(cancellationToken);
        return CompetitorResult<Competitor>.Success(competitor);
    }

    internal static ContractError? Text(string? value, string field, int maxLength, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return required ? new ContractError(ContractErrorCodes.InvalidInput, $"The {field} must not be blank.", field) : null;
        }

        return value.Trim().Length > maxLength ? new ContractError(ContractErrorCodes.InvalidInput, $"The {field} has more than {maxLength} characters.", field) : null;
    }
}
