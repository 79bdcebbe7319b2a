using Company.CrmPlugin.Domain;
using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Company.CrmPlugin.Storage;

/// <summary>The plugin's own storage; the host picks the database and names the tables after the module id.</summary>
public sealed class GreetingDbContext(ModuleDbContextOptions<GreetingDbContext> options) : ModuleDbContext(options)
{
    public DbSet<GreetingNote> Notes => Set<GreetingNote>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<GreetingNote>(note =>
        {
            note.ToTable("notes");
            note.Property(n => n.Text).HasMaxLength(500);
            note.HasIndex(n => n.CustomerId);
        });
}
