using Microsoft.EntityFrameworkCore;

namespace Crm.Sdk.Persistence;

/// <summary>The model rules every module context follows, applied after the module describes its entities.</summary>
internal static class ModuleModelConventions
{
    /// <summary>Moves every table of the module into its schema, or behind its prefix.</summary>
    public static void PlaceInStorage(ModelBuilder modelBuilder, ModuleStorage storage)
    {
        if (storage.Schema is not null)
        {
            modelBuilder.HasDefaultSchema(storage.Schema);
        }

        // Read every name first: entity types sharing a table (owned types, hierarchies) must keep sharing it.
        var tables = modelBuilder.Model.GetEntityTypes()
            .Where(t => t.ClrType != typeof(AuditEntry) && t.GetTableName() is not null)
            .Select(t => (Type: t, Name: t.GetTableName()!))
            .ToList();
        foreach (var (type, name) in tables)
        {
            type.SetTableName(storage.Table(name));
            type.SetSchema(storage.Schema);
        }
    }

    /// <summary>
    /// Maps the host's audit table into the module's model so audit rows are saved by the module's own
    /// SaveChanges, in its transaction. Only the host's context creates the table in its migrations.
    /// </summary>
    public static void MapAuditEntries(ModelBuilder modelBuilder, ModuleStorage auditStorage, bool ownsTable)
    {
        modelBuilder.Entity<AuditEntry>(audit =>
        {
            audit.ToTable(auditStorage.Table(ModuleDbContext.AuditTableName), auditStorage.Schema, table =>
            {
                if (!ownsTable)
                {
                    table.ExcludeFromMigrations();
                }
            });
            audit.HasKey(e => e.Id);
            audit.Property(e => e.UserId).HasMaxLength(200);
            audit.Property(e => e.ModuleId).HasMaxLength(100);
            audit.Property(e => e.Entity).HasMaxLength(200);
            audit.Property(e => e.EntityKey).HasMaxLength(400);
            audit.HasIndex(e => new { e.ModuleId, e.OccurredAt });
            audit.HasIndex(e => new { e.UserId, e.OccurredAt });
            audit.HasIndex(e => new { e.Entity, e.EntityKey });
            audit.HasIndex(e => e.OccurredAt);
        });
    }

    /// <summary>Makes the version of every <see cref="IVersionedEntity"/> a concurrency token.</summary>
    public static void MarkVersionsAsConcurrencyTokens(ModelBuilder modelBuilder)
    {
        foreach (var type in modelBuilder.Model.GetEntityTypes().Where(t => typeof(IVersionedEntity).IsAssignableFrom(t.ClrType)))
        {
            type.FindProperty(nameof(IVersionedEntity.Version))!.IsConcurrencyToken = true;
        }
    }
}
