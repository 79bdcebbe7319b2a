using Crm.Modules.Sales.Domain;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Sales.Storage;

/// <summary>
/// Tables and indexes. Opportunities by <c>(FunnelId, CreatedAt)</c> for the funnel report, by
/// <c>(OwnerId, Status)</c> for owned work, by <c>(CustomerId, Status)</c> for rules and "working now", by
/// <c>(Status, ClosedAt)</c> for refusals. Enums are stored as text so the database reads on its own.
/// </summary>
internal static class SalesModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<FunnelDayTotal>(t =>
        {
            t.ToTable("funnel_day_totals");
            t.HasKey(x => new { x.FunnelId, x.Day, x.StageId, x.OwnerId, x.Currency, x.FurthestPosition, x.LossReasonCode });
            t.Property(x => x.OwnerId).HasMaxLength(100);
            t.Property(x => x.Currency).HasMaxLength(3);
            t.Property(x => x.LossReasonCode).HasMaxLength(32);
        });
        model.Entity<Funnel>(f =>
        {
            f.ToTable("funnels");
            f.HasKey(x => x.Id);
            f.Property(x => x.Name).HasMaxLength(200);
            f.HasIndex(x => x.Name).IsUnique();
            f.HasMany(x => x.Stages).WithOne().HasForeignKey(x => x.FunnelId).OnDelete(DeleteBehavior.Cascade);
            f.HasMany(x => x.Rules).WithOne().HasForeignKey(x => x.FunnelId).OnDelete(DeleteBehavior.Cascade);
            f.Ignore(x => x.FirstOpenStage);
        });
        model.Entity<FunnelStage>(s =>
        {
            s.ToTable("funnel_stages");
            s.HasKey(x => x.Id);
            s.Property(x => x.Name).HasMaxLength(100);
            s.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(16);
            s.HasIndex(x => new { x.FunnelId, x.Position }).IsUnique();
        });
        model.Entity<FunnelRule>(r =>
        {
            r.ToTable("funnel_rules");
            r.HasKey(x => x.Id);
            r.Property(x => x.Trigger).HasConversion<string>().HasMaxLength(32);
            r.Property(x => x.InteractionKind).HasMaxLength(32);
            r.Property(x => x.LossReasonCode).HasMaxLength(32);
        });
        model.Entity<Opportunity>(o =>
        {
            o.ToTable("opportunities");
            o.HasKey(x => x.Id);
            o.Property(x => x.Title).HasMaxLength(300);
            o.Property(x => x.Amount).HasPrecision(18, 2);
            o.Property(x => x.Currency).HasMaxLength(3);
            o.Property(x => x.OwnerId).HasMaxLength(100);
            o.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            o.Property(x => x.LossReasonCode).HasMaxLength(32);
            o.Property(x => x.LossComment).HasMaxLength(2000);
            o.HasIndex(x => new { x.FunnelId, x.CreatedAt });
            o.HasIndex(x => new { x.OwnerId, x.Status });
            o.HasIndex(x => new { x.CustomerId, x.Status });
            o.HasIndex(x => new { x.Status, x.ClosedAt });
            o.HasMany(x => x.Products).WithOne().HasForeignKey(x => x.OpportunityId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<OpportunityProduct>(p =>
        {
            p.ToTable("opportunity_products");
            p.HasKey(x => new { x.OpportunityId, x.ProductId });
            p.HasIndex(x => x.ProductId);
        });
        model.Entity<StageMove>(m =>
        {
            m.ToTable("stage_moves");
            m.HasKey(x => x.Id);
            m.Property(x => x.MovedBy).HasMaxLength(100);
            m.Property(x => x.Rule).HasMaxLength(100);
            m.HasIndex(x => new { x.OpportunityId, x.MovedAt });
        });
        model.Entity<LossReason>(r =>
        {
            r.ToTable("loss_reasons");
            r.HasKey(x => x.Id);
            r.Property(x => x.Code).HasMaxLength(32);
            r.Property(x => x.Name).HasMaxLength(200);
            r.HasIndex(x => x.Code).IsUnique();
        });
        model.Entity<Product>(p =>
        {
            p.ToTable("products");
            p.HasKey(x => x.Id);
            p.Property(x => x.Name).HasMaxLength(200);
            p.Property(x => x.Sku).HasMaxLength(64);
            p.Property(x => x.Price).HasPrecision(18, 2);
            p.Property(x => x.Currency).HasMaxLength(3);
            p.Property(x => x.Category).HasMaxLength(100);
            p.HasIndex(x => x.Sku).IsUnique();
        });
        model.Entity<Purchase>(p =>
        {
            p.ToTable("purchases");
            p.HasKey(x => x.Id);
            p.Property(x => x.Amount).HasPrecision(18, 2);
            p.Property(x => x.Currency).HasMaxLength(3);
            p.Property(x => x.RecordedBy).HasMaxLength(100);
            p.HasIndex(x => new { x.CustomerId, x.OccurredAt });
            p.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.PurchaseId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<PurchaseItem>(l =>
        {
            l.ToTable("purchase_lines");
            l.HasKey(x => x.Id);
            l.Property(x => x.Sku).HasMaxLength(64);
            l.Property(x => x.Category).HasMaxLength(100);
            l.Property(x => x.Quantity).HasPrecision(18, 3);
            l.Property(x => x.UnitPrice).HasPrecision(18, 2);
        });
        model.Entity<Lead>(l =>
        {
            l.ToTable("leads");
            l.HasKey(x => x.Id);
            l.Property(x => x.Name).HasMaxLength(300);
            l.Property(x => x.Source).HasMaxLength(100);
            l.Property(x => x.Channel).HasMaxLength(100);
            l.Property(x => x.Phone).HasMaxLength(50);
            l.Property(x => x.Email).HasMaxLength(200);
            l.Property(x => x.OwnerId).HasMaxLength(100);
            l.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            l.Property(x => x.DisqualifyReason).HasMaxLength(1000);
            l.HasIndex(x => new { x.OwnerId, x.Status });
        });
    }
}
