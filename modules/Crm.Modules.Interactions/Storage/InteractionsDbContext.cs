using Crm.Modules.Interactions.Domain;
using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Interactions.Storage;

/// <summary>The tables of <c>crm.interactions</c>: the timeline, last contacts, and the local customer list.</summary>
public sealed class InteractionsDbContext(ModuleDbContextOptions<InteractionsDbContext> options) : ModuleDbContext(options)
{
    public DbSet<Interaction> Interactions => Set<Interaction>();

    public DbSet<LastContactRow> LastContacts => Set<LastContactRow>();

    public DbSet<KnownCustomer> KnownCustomers => Set<KnownCustomer>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => InteractionsModel.Configure(modelBuilder);
}
