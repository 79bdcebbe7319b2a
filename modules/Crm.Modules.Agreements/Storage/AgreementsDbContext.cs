using Crm.Modules.Agreements.Domain;
using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Agreements.Storage;

/// <summary>The tables of <c>crm.agreements</c>: agreements, their resource claims, and overrides of claims.</summary>
public sealed class AgreementsDbContext(ModuleDbContextOptions<AgreementsDbContext> options) : ModuleDbContext(options)
{
    public DbSet<Agreement> Agreements => Set<Agreement>();

    public DbSet<ResourceClaim> Claims => Set<ResourceClaim>();

    public DbSet<ClaimOverride> Overrides => Set<ClaimOverride>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => AgreementsModel.Configure(modelBuilder);
}
