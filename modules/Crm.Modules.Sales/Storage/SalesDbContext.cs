using Crm.Modules.Sales.Domain;
using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Sales.Storage;

/// <summary>The tables of <c>crm.sales</c>: funnels, opportunities and their stage moves, the catalogs, purchases and leads.</summary>
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

    protected override void ConfigureModel(ModelBuilder modelBuilder) => SalesModel.Configure(modelBuilder);
}
