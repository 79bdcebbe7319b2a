using Crm.Modules.Customers.Domain;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Customers.Storage;

/// <summary>The tables of <c>crm.customers</c>. No foreign key leaves the module: others hold customer ids only.</summary>
public sealed class CustomersDbContext(DbContextOptions<CustomersDbContext> options) : DbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<CustomerPhone> Phones => Set<CustomerPhone>();

    public DbSet<CustomerEmail> Emails => Set<CustomerEmail>();

    public DbSet<CustomerTag> Tags => Set<CustomerTag>();

    public DbSet<ContactPerson> Contacts => Set<ContactPerson>();

    public DbSet<CustomAttributeDefinition> AttributeDefinitions => Set<CustomAttributeDefinition>();

    public DbSet<CustomAttributeValue> AttributeValues => Set<CustomAttributeValue>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => CustomersModel.Configure(modelBuilder);
}
