using Crm.Plugins.Loyalty.Domain;
using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Plugins.Loyalty.Storage;

/// <summary>The loyalty plugin's tables; money as decimal(18,2), percentages as decimal(5,2).</summary>
public sealed class LoyaltyDbContext(ModuleDbContextOptions<LoyaltyDbContext> options) : ModuleDbContext(options)
{
    public DbSet<LoyaltyProgramme> Programme => Set<LoyaltyProgramme>();

    public DbSet<PersonalDiscount> PersonalDiscounts => Set<PersonalDiscount>();

    public DbSet<DiscountCard> Cards => Set<DiscountCard>();

    public DbSet<PointsAccount> Accounts => Set<PointsAccount>();

    public DbSet<PointsMovement> Movements => Set<PointsMovement>();

    public DbSet<EarnedPurchase> EarnedPurchases => Set<EarnedPurchase>();

    public DbSet<PromoCode> PromoCodes => Set<PromoCode>();

    public DbSet<PromoRedemption> Redemptions => Set<PromoRedemption>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LoyaltyProgramme>(p =>
        {
            p.ToTable("programme");
            p.HasKey(x => x.Id);
            p.Property(x => x.Id).ValueGeneratedNever();
            p.Property(x => x.Name).HasMaxLength(200);
            p.Property(x => x.PointsPerUnit).HasPrecision(18, 4);
            p.Property(x => x.PointValue).HasPrecision(18, 4);
        });
        modelBuilder.Entity<PersonalDiscount>(d =>
        {
            d.ToTable("personal_discounts");
            d.HasKey(x => x.CustomerId);
            d.Property(x => x.Percent).HasPrecision(5, 2);
            d.Property(x => x.Reason).HasMaxLength(500);
        });
        modelBuilder.Entity<DiscountCard>(c =>
        {
            c.ToTable("discount_cards");
            c.HasKey(x => x.Id);
            c.Property(x => x.Number).HasMaxLength(64);
            c.Property(x => x.Percent).HasPrecision(5, 2);
            c.HasIndex(x => x.Number).IsUnique();
            c.HasIndex(x => x.CustomerId);
        });
        modelBuilder.Entity<PointsAccount>(a =>
        {
            a.ToTable("points_accounts");
            a.HasKey(x => x.CustomerId);
        });
        modelBuilder.Entity<PointsMovement>(m =>
        {
            m.ToTable("points_movements");
            m.HasKey(x => x.Id);
            m.Property(x => x.Reason).HasMaxLength(500);
            m.HasIndex(x => new { x.CustomerId, x.At });
        });
        modelBuilder.Entity<EarnedPurchase>(e =>
        {
            e.ToTable("earned_purchases");
            e.HasKey(x => x.PurchaseId);
        });
        modelBuilder.Entity<PromoCode>(p =>
        {
            p.ToTable("promo_codes");
            p.HasKey(x => x.Id);
            p.Property(x => x.Code).HasMaxLength(64);
            p.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            p.Property(x => x.Value).HasPrecision(18, 2);
            p.HasIndex(x => x.Code).IsUnique();
            p.HasMany(x => x.Products).WithOne().HasForeignKey(x => x.PromoCodeId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PromoCodeProduct>(p =>
        {
            p.ToTable("promo_code_products");
            p.HasKey(x => new { x.PromoCodeId, x.ProductId });
        });
        modelBuilder.Entity<PromoRedemption>(r =>
        {
            r.ToTable("promo_redemptions");
            r.HasKey(x => x.Id);
            r.Property(x => x.Discount).HasPrecision(18, 2);
            r.HasIndex(x => new { x.PromoCodeId, x.CustomerId, x.Sequence }).IsUnique();
        });
    }
}
