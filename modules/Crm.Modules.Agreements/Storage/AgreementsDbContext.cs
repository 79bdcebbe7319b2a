using Crm.Modules.Agreements.Domain;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Agreements.Storage;

/// <summary>The tables of <c>crm.agreements</c>: agreements, their resource claims, and overrides of claims.</summary>
public sealed class AgreementsDbContext(DbContextOptions<AgreementsDbContext> options) : DbContext(options)
{
    public DbSet<Agreement> Agreements => Set<Agreement>();

    public DbSet<ResourceClaim> Claims => Set<ResourceClaim>();

    public DbSet<ClaimOverride> Overrides => Set<ClaimOverride>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => AgreementsModel.Configure(modelBuilder);
}
