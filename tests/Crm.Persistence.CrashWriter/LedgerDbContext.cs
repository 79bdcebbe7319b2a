using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Persistence.CrashWriter;

public sealed class LedgerDbContext(ModuleDbContextOptions<LedgerDbContext> options) : ModuleDbContext(options)
{
    public const string LedgerModuleId = "test.ledger";

    public DbSet<LedgerEntry> Entries => Set<LedgerEntry>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<LedgerEntry>(entry =>
        {
            entry.ToTable("entries");
            entry.HasIndex(e => new { e.Sequence, e.Half }).IsUnique();
        });
}
