using Crm.Modules.Customers.Domain;
using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Customers.Storage;

/// <summary>The tables of <c>crm.customers</c>. No foreign key leaves the module: others hold customer ids only.</summary>
public sealed class CustomersDbContext(ModuleDbContextOptions<CustomersDbContext> options) : ModuleDbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<CustomerPhone> Phones => Set<CustomerPhone>();

    public DbSet<CustomerEmail> Emails => Set<CustomerEmail>();

    public DbSet<CustomerTag> Tags => Set<CustomerTag>();

    public DbSet<ContactPerson> Contacts => Set<ContactPerson>();

    public DbSet<CustomAttributeDefinition> AttributeDefinitions => Set<CustomAttributeDefinition>();

    public DbSet<CustomAttributeValue> AttributeValues => Set<CustomAttributeValue>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => CustomersModel.Configure(modelBuilder);
}
