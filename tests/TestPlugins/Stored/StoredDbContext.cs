using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;

namespace TestPlugins.Stored;

public sealed class StoredDbContext(ModuleDbContextOptions<StoredDbContext> options) : ModuleDbContext(options)
{
    public DbSet<StoredWord> Words => Set<StoredWord>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<StoredWord>(word =>
        {
            word.ToTable("words");
            word.Property(w => w.Text).HasMaxLength(200);
        });
}
