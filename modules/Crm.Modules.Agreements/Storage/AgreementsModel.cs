using Crm.Modules.Agreements.Domain;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Agreements.Storage;

/// <summary>
/// Tables and indexes: claims by <c>(resource_key, is_active, from)</c> for the overlap check; agreements by
/// customer for <c>Customer.agreements</c> and by <c>(status, valid_to)</c> for <c>agreementsExpiring</c>.
/// </summary>
internal static class AgreementsModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<Agreement>(a =>
        {
            a.ToTable("agreements");
            a.HasKey(x => x.Id);
            a.Property(x => x.Subject).HasMaxLength(300);
            a.Property(x => x.Terms).HasMaxLength(4000);
            a.Property(x => x.Form).HasConversion<string>().HasMaxLength(16);
            a.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            a.Property(x => x.RecordedBy).HasMaxLength(100);
            a.HasIndex(x => new { x.CustomerId, x.RecordedAt });
            a.HasIndex(x => new { x.Status, x.ValidTo });
            a.HasMany(x => x.Claims).WithOne().HasForeignKey(x => x.AgreementId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<ResourceClaim>(c =>
        {
            c.ToTable("resource_claims");
            c.HasKey(x => x.Id);
            c.Property(x => x.Resource).HasMaxLength(200);
            c.Property(x => x.ResourceKey).HasMaxLength(200);
            c.HasIndex(x => new { x.ResourceKey, x.IsActive, x.From });
        });
        model.Entity<ClaimOverride>(o =>
        {
            o.ToTable("claim_overrides");
            o.HasKey(x => x.Id);
            o.Property(x => x.Resource).HasMaxLength(200);
            o.Property(x => x.Reason).HasMaxLength(1000);
            o.Property(x => x.OverriddenBy).HasMaxLength(100);
            o.HasIndex(x => x.AgreementId);
        });
    }
}
