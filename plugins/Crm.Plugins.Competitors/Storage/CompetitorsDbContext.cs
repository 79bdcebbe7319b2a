using Crm.Plugins.Competitors.Domain;
using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Plugins.Competitors.Storage;

/// <summary>The competitors plugin's tables.</summary>
public sealed class CompetitorsDbContext(ModuleDbContextOptions<CompetitorsDbContext> options) : ModuleDbContext(options)
{
    public DbSet<Competitor> Competitors => Set<Competitor>();

    public DbSet<SwotItem> Swot => Set<SwotItem>();

    public DbSet<CompetitorActivity> Activities => Set<CompetitorActivity>();

    public DbSet<CustomerCompetitor> CustomerLinks => Set<CustomerCompetitor>();

    public DbSet<PositioningFile> Files => Set<PositioningFile>();

    public DbSet<CompetitiveDeal> Deals => Set<CompetitiveDeal>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Competitor>(c =>
        {
            c.ToTable("competitors");
            c.HasKey(x => x.Id);
            c.Property(x => x.Name).HasMaxLength(200);
            c.Property(x => x.NameKey).HasMaxLength(200);
            c.Property(x => x.Website).HasMaxLength(500);
            c.Property(x => x.Notes).HasMaxLength(4000);
            c.HasIndex(x => x.NameKey).IsUnique();
        });
        modelBuilder.Entity<SwotItem>(s =>
        {
            s.ToTable("swot_items");
            s.HasKey(x => x.Id);
            s.Property(x => x.Quadrant).HasConversion<string>().HasMaxLength(16);
            s.Property(x => x.Text).HasMaxLength(1000);
            s.HasIndex(x => x.CompetitorId);
        });
        modelBuilder.Entity<CompetitorActivity>(a =>
        {
            a.ToTable("activities");
            a.HasKey(x => x.Id);
            a.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            a.Property(x => x.Description).HasMaxLength(2000);
            a.Property(x => x.Source).HasMaxLength(500);
            a.HasIndex(x => new { x.CompetitorId, x.ObservedOn });
        });
        modelBuilder.Entity<CustomerCompetitor>(l =>
        {
            l.ToTable("customer_competitors");
            l.HasKey(x => new { x.CustomerId, x.CompetitorId });
            l.Property(x => x.Note).HasMaxLength(1000);
        });
        modelBuilder.Entity<PositioningFile>(f =>
        {
            f.ToTable("positioning_files");
            f.HasKey(x => x.Id);
            f.Property(x => x.FileName).HasMaxLength(255);
            f.Property(x => x.ContentType).HasMaxLength(100);
            f.Property(x => x.UploadedBy).HasMaxLength(100);
            f.HasIndex(x => x.CompetitorId);
        });
        modelBuilder.Entity<CompetitiveDeal>(d =>
        {
            d.ToTable("deals");
            d.HasKey(x => new { x.OpportunityId, x.CompetitorId });
            d.Property(x => x.Amount).HasPrecision(18, 2);
            d.Property(x => x.Currency).HasMaxLength(3);
            d.Property(x => x.ProductIds).HasMaxLength(4000);
            d.HasIndex(x => new { x.CompetitorId, x.ClosedAt });
        });
    }
}
