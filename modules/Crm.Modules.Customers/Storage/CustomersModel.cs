using Crm.Modules.Customers.Domain;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Customers.Storage;

/// <summary>
/// Tables, keys and indexes of the module. The indexes serve the queries the issue names: the alphabetical
/// keyset page (<c>name_key, id</c>), filters by manager, status and tag, and phone search on digits.
/// </summary>
internal static class CustomersModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<Customer>(c =>
        {
            c.ToTable("customers");
            c.HasKey(x => x.Id);
            c.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            c.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            c.Property(x => x.Name).HasMaxLength(300);
            c.Property(x => x.NameKey).HasMaxLength(300);
            c.Property(x => x.SearchText).HasMaxLength(4000);
            c.Property(x => x.TaxId).HasMaxLength(32);
            c.Property(x => x.Website).HasMaxLength(300);
            c.Property(x => x.Source).HasMaxLength(100);
            c.Property(x => x.ManagerId).HasMaxLength(100);
            c.Property(x => x.CreatedBy).HasMaxLength(100);
            c.Property(x => x.ArchivedBy).HasMaxLength(100);
            c.Ignore(x => x.IsArchived);
            c.HasIndex(x => new { x.NameKey, x.Id });
            c.HasIndex(x => new { x.ManagerId, x.NameKey });
            c.HasIndex(x => new { x.Status, x.NameKey });
            c.HasIndex(x => x.TaxId);
            c.HasMany(x => x.Phones).WithOne().HasForeignKey(x => x.CustomerId).OnDelete(DeleteBehavior.Cascade);
            c.HasMany(x => x.Emails).WithOne().HasForeignKey(x => x.CustomerId).OnDelete(DeleteBehavior.Cascade);
            c.HasMany(x => x.Addresses).WithOne().HasForeignKey(x => x.CustomerId).OnDelete(DeleteBehavior.Cascade);
            c.HasMany(x => x.Tags).WithOne().HasForeignKey(x => x.CustomerId).OnDelete(DeleteBehavior.Cascade);
            c.HasMany(x => x.Contacts).WithOne().HasForeignKey(x => x.CustomerId).OnDelete(DeleteBehavior.Cascade);
            c.HasMany(x => x.Attributes).WithOne().HasForeignKey(x => x.CustomerId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<CustomerPhone>(p =>
        {
            p.ToTable("customer_phones");
            p.HasKey(x => new { x.CustomerId, x.Position });
            p.Property(x => x.Display).HasMaxLength(40);
            p.Property(x => x.Digits).HasMaxLength(15);
            p.HasIndex(x => x.Digits);
        });
        model.Entity<CustomerEmail>(e =>
        {
            e.ToTable("customer_emails");
            e.HasKey(x => new { x.CustomerId, x.Position });
            e.Property(x => x.Address).HasMaxLength(EmailAddress.MaxLength);
            e.HasIndex(x => x.Address);
        });
        model.Entity<CustomerAddress>(a =>
        {
            a.ToTable("customer_addresses");
            a.HasKey(x => new { x.CustomerId, x.Position });
            a.Property(x => x.Text).HasMaxLength(500);
        });
        model.Entity<CustomerTag>(t =>
        {
            t.ToTable("customer_tags");
            t.HasKey(x => new { x.CustomerId, x.Tag });
            t.Property(x => x.Tag).HasMaxLength(50);
            t.HasIndex(x => new { x.Tag, x.CustomerId });
        });
        model.Entity<ContactPerson>(p =>
        {
            p.ToTable("contact_people");
            p.HasKey(x => x.Id);
            p.Property(x => x.Name).HasMaxLength(200);
            p.Property(x => x.Position).HasMaxLength(100);
            p.Property(x => x.Phone).HasMaxLength(40);
            p.Property(x => x.PhoneDigits).HasMaxLength(15);
            p.Property(x => x.Email).HasMaxLength(EmailAddress.MaxLength);
            p.HasIndex(x => x.CustomerId);
        });
        model.Entity<CustomAttributeDefinition>(d =>
        {
            d.ToTable("attribute_definitions");
            d.HasKey(x => x.Key);
            d.Property(x => x.Key).HasMaxLength(50);
            d.Property(x => x.Label).HasMaxLength(100);
            d.Property(x => x.Type).HasConversion<string>().HasMaxLength(16);
            d.Property(x => x.Choices).HasMaxLength(4000);
            d.Ignore(x => x.ChoiceList);
        });
        model.Entity<CustomAttributeValue>(v =>
        {
            v.ToTable("attribute_values");
            v.HasKey(x => new { x.CustomerId, x.Key });
            v.Property(x => x.Key).HasMaxLength(50);
            v.Property(x => x.TextValue).HasMaxLength(1000);
            v.HasIndex(x => new { x.Key, x.TextValue });
            v.HasIndex(x => new { x.Key, x.NumberValue });
            v.HasIndex(x => new { x.Key, x.DateValue });
        });
    }
}
