using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Benchmarks.Persistence;

/// <summary>The benchmark module's context; its index is the one a customer timeline relies on.</summary>
public sealed class InteractionsDbContext(ModuleDbContextOptions<InteractionsDbContext> options) : ModuleDbContext(options)
{
    public const string BenchmarkModuleId = "bench.interactions";

    public DbSet<Interaction> Interactions => Set<Interaction>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Interaction>(interaction =>
        {
            interaction.ToTable("interactions");
            interaction.Property(i => i.Channel).HasMaxLength(20);
            interaction.Property(i => i.Summary).HasMaxLength(500);
            // Keyset paging of one customer's history, newest first: equality on the customer, then the sort keys.
            interaction.HasIndex(i => new { i.CustomerId, i.OccurredAt, i.Id }).IsDescending(false, true, true);
        });
}
