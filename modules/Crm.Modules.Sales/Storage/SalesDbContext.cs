using Crm.Modules.Sales.Domain;
using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Sales.Storage;

/// <summary>The tables of <c>crm.sales</c>: funnels, opportunities and their stage moves, the catalogs, purchases, leads and the funnel roll-up.</summary>
public sealed class SalesDbContext(ModuleDbContextOptions<SalesDbContext> options) : ModuleDbContext(options)
{
    public DbSet<Funnel> Funnels => Set<Funnel>();

    public DbSet<FunnelStage> Stages => Set<FunnelStage>();

    public DbSet<FunnelRule> Rules => Set<FunnelRule>();

    public DbSet<Opportunity> Opportunities => Set<Opportunity>();

    public DbSet<OpportunityProduct> OpportunityProducts => Set<OpportunityProduct>();

    public DbSet<StageMove> StageMoves => Set<StageMove>();

    public DbSet<LossReason> LossReasons => Set<LossReason>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<Purchase> Purchases => Set<Purchase>();

    public DbSet<Lead> Leads => Set<Lead>();

    /// <summary>The funnel report's roll-up; read it, never write it through the context.</summary>
    public DbSet<FunnelDayTotal> FunnelDayTotals => Set<FunnelDayTotal>();

    /// <summary>Each save that adds, moves, loses, re-owns or deletes opportunities updates the roll-up with it.</summary>
    protected override Func<CancellationToken, Task>? CaptureDerivedWrites()
    {
        var deltas = FunnelTotalsDelta.Capture(ChangeTracker);
        return deltas.Count == 0 ? null : cancellationToken => FunnelTotalsWriter.WriteAsync(this, deltas, cancellationToken);
    }

    protected override void ConfigureModel(ModelBuilder modelBuilder) => SalesModel.Configure(modelBuilder);
}
