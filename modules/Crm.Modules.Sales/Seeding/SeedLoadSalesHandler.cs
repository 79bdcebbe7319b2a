using Crm.Modules.Sales.Domain;
using Crm.Modules.Sales.Storage;
using Crm.Modules.Sales.UseCases;
using Crm.Sdk.Contracts.Customers;
using Crm.Sdk.Contracts.Seeding;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Sales.Seeding;

/// <summary>
/// Volume for the funnel report: the demo funnels and catalogs, then <see cref="OpportunitiesPerCustomer"/>
/// deterministic opportunities per customer (read page by page from <c>crm.customers</c>), spread over stages,
/// owners, the last two years and the loss reasons. One transaction per page, change tracker off.
/// </summary>
internal sealed class SeedLoadSalesHandler(IDbContextFactory<SalesDbContext> contexts, IMediator mediator, DefineFunnel funnels, DefineCatalog catalog) : INotificationHandler<SeedLoadData>
{
    public const int OpportunitiesPerCustomer = 3;
    private const int PageSize = 2000;

    public async Task Handle(SeedLoadData notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var funnel = await EnsureCatalogsAsync(cancellationToken);
        var stages = funnel.Stages.OrderBy(s => s.Position).ToList();
        var random = new Random(notification.RandomSeed + 7);
        var now = notification.Now.UtcDateTime;
        long written = 0;
        Guid? after = null;
        while (true)
        {
            var page = await mediator.Send(new GetCustomerDirectoryPage(after, PageSize), cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            after = page[^1].CustomerId;
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            foreach (var customer in page)
            {
                for (var i = 0; i < OpportunitiesPerCustomer; i++)
                {
                    db.Opportunities.Add(Generate(random, customer, stages, now));
                    written++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        notification.Report.Add(SalesModule.Id, "opportunities", written);
    }

    private async Task<Funnel> EnsureCatalogsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Funnels.Include(f => f.Stages).FirstOrDefaultAsync(f => f.Name == SalesCatalogSeed.NewClients.Name, cancellationToken) is { } existing)
        {
            return existing;
        }

        foreach (var (code, name) in SalesCatalogSeed.Reasons)
        {
            await catalog.AddLossReasonAsync(code, name, cancellationToken);
        }

        foreach (var (name, sku, price, category) in SalesCatalogSeed.Products)
        {
            await catalog.AddProductAsync(name, sku, price, "RUB", category, cancellationToken);
        }

        var funnel = await funnels.HandleAsync(SalesCatalogSeed.NewClients, cancellationToken);
        return funnel.Value;
    }

    private static Opportunity Generate(Random random, CustomerSummary customer, List<FunnelStage> stages, DateTime now)
    {
        var stage = stages[random.Next(stages.Count)];
        var created = now.AddMinutes(-random.Next(2 * 365 * 24 * 60));
        var opportunity = new Opportunity
        {
            Id = Guid.CreateVersion7(),
            CustomerId = customer.CustomerId,
            Title = "Placement",
            Amount = random.Next(1, 500) * 1000m,
            Currency = random.Next(10) == 0 ? "EUR" : "RUB",
            OwnerId = customer.ManagerId ?? "seed",
            FunnelId = stage.FunnelId,
            StageId = stage.Id,
            Probability = stage.Probability,
            FurthestPosition = stage.Outcome == StageOutcome.Lost ? 1 + random.Next(stages.Count - 2) : stage.Position,
            Status = stage.Outcome switch { StageOutcome.Won => OpportunityStatus.Won, StageOutcome.Lost => OpportunityStatus.Lost, _ => OpportunityStatus.Open },
            CreatedAt = created,
            UpdatedAt = created,
            Version = 1,
        };
        if (stage.Outcome != StageOutcome.Open)
        {
            opportunity.ClosedAt = created.AddDays(random.Next(1, 60));
        }

        if (stage.Outcome == StageOutcome.Lost)
        {
            opportunity.LossReasonCode = SalesCatalogSeed.Reasons[random.Next(SalesCatalogSeed.Reasons.Length)].Code;
            opportunity.LossComment = "Seeded refusal";
        }

        return opportunity;
    }
}
