using Microsoft.EntityFrameworkCore;

namespace Crm.Sdk.Persistence;

/// <summary>
/// The base of every module's EF Core context. Derive from it, describe your entities in
/// <see cref="ConfigureModel"/>, write hand-made <see cref="ModuleMigration"/>s, and register the context with
/// <see cref="ModuleDbContextRegistrationExtensions.AddModuleDbContext{TContext}"/>. The base class then
/// <list type="bullet">
/// <item>places your tables in the module's own schema (PostgreSQL) or behind its table prefix (SQLite);</item>
/// <item>makes <see cref="IVersionedEntity.Version"/> a concurrency token, so a stale update is a
/// <see cref="ConcurrencyConflictException"/>, never a lost update;</item>
/// <item>writes an <see cref="AuditEntry"/> for every added, modified and deleted record in the same
/// transaction as the change (one <see cref="SaveChangesAsync(bool, CancellationToken)"/> is one transaction:
/// call it once per user action);</item>
/// <item>reports an unreachable or locked database as a <see cref="DatabaseUnavailableException"/>.</item>
/// </list>
/// </summary>
/// <example>
/// <code>
/// public sealed class TicketsDbContext(ModuleDbContextOptions&lt;TicketsDbContext&gt; options) : ModuleDbContext(options)
/// {
///     public DbSet&lt;Ticket&gt; Tickets =&gt; Set&lt;Ticket&gt;();
///
///     protected override void ConfigureModel(ModelBuilder model) =&gt;
///         model.Entity&lt;Ticket&gt;(t =&gt; { t.ToTable("tickets"); t.HasIndex(x =&gt; x.CustomerId); });
/// }
/// </code>
/// </example>
public abstract class ModuleDbContext : DbContext
{
    /// <summary>The audit table's name inside the host's storage.</summary>
    public const string AuditTableName = "audit_entries";

    private readonly ModuleDbContextOptions _options;

    /// <summary>Creates the context with the options the host made for the module.</summary>
    protected ModuleDbContext(ModuleDbContextOptions options)
        : base((options ?? throw new ArgumentNullException(nameof(options))).DbContextOptions)
    {
        _options = options;
    }

    /// <summary>The id of the module that owns this context.</summary>
    public string ModuleId => _options.Storage.ModuleId;

    /// <summary>Where this module's tables live.</summary>
    public ModuleStorage Storage => _options.Storage;

    /// <summary>
    /// Declares the version the caller last read, so the save is refused with a
    /// <see cref="ConcurrencyConflictException"/> if the stored record has moved on since. Call it after loading
    /// the record and before changing it, with the version the client sent back.
    /// </summary>
    public void ExpectVersion<TEntity>(TEntity entity, long version)
        where TEntity : class, IVersionedEntity
    {
        var property = Entry(entity).Property(e => e.Version);
        property.OriginalValue = version;
        property.CurrentValue = version;
        property.IsModified = false;
    }

    /// <summary>Synchronous saving is not supported: database work is async all the way.</summary>
    /// <exception cref="NotSupportedException">Always.</exception>
    public sealed override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException($"{GetType().Name}: use SaveChangesAsync; module contexts do not block threads on I/O.");

    /// <summary>
    /// Saves every pending change and its audit entries in one transaction (or in the caller's transaction when
    /// one is open). Bumps the version of each changed <see cref="IVersionedEntity"/>.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">A changed record was modified or deleted by someone else.</exception>
    /// <exception cref="DatabaseUnavailableException">The database cannot be reached or is locked.</exception>
    public sealed override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        try
        {
            ChangeTracker.DetectChanges();
            StampVersions();
            var changes = AuditCapture.Capture(ChangeTracker);
            var derived = CaptureDerivedWrites();
            if (derived is not null)
            {
                return await SaveWithDerivedWritesAsync(changes, derived, acceptAllChangesOnSuccess, cancellationToken);
            }

            if (changes.Count == 0)
            {
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            if (!changes.Any(c => c.HasTemporaryKey))
            {
                // Keys are known: the audit rows ride in the same SaveChanges, which EF runs in one transaction.
                Set<AuditEntry>().AddRange(changes.Select(ToAuditEntry));
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            // Store-generated keys are known only after the insert: save twice inside one transaction.
            var ownTransaction = Database.CurrentTransaction is null
                ? await Database.BeginTransactionAsync(cancellationToken)
                : null;
            await using (ownTransaction)
            {
                var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
                Set<AuditEntry>().AddRange(changes.Select(ToAuditEntry));
                await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
                if (ownTransaction is not null)
                {
                    await ownTransaction.CommitAsync(cancellationToken);
                }

                return written;
            }
        }
        catch (DbUpdateConcurrencyException conflict)
        {
            var entry = conflict.Entries.FirstOrDefault();
            throw new ConcurrencyConflictException(
                ModuleId,
                entry?.Metadata.ClrType.Name ?? "record",
                entry is null ? "" : AuditCapture.KeyOf(entry),
                conflict);
        }
        catch (Exception failure) when (_options.Faults.Translate(failure) is { } unavailable)
        {
            throw unavailable;
        }
    }

    /// <summary>
    /// Override to keep derived data (a roll-up, a counter table) in step with the pending changes: called once per
    /// save, after change detection and before anything is written, it reads the change tracker and returns the
    /// writes to run, or null when there are none. The writes run after the changes and their audit entries, inside
    /// the same transaction, so a failure in either leaves nothing behind. They are not audited: they must be
    /// derivable from audited data.
    /// </summary>
    protected virtual Func<CancellationToken, Task>? CaptureDerivedWrites() => null;

    private async Task<int> SaveWithDerivedWritesAsync(IReadOnlyList<AuditCapture.Change> changes, Func<CancellationToken, Task> derived, bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        await using (ownTransaction)
        {
            int written;
            if (changes.Any(c => c.HasTemporaryKey))
            {
                written = await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
                Set<AuditEntry>().AddRange(changes.Select(ToAuditEntry));
                await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
            }
            else
            {
                Set<AuditEntry>().AddRange(changes.Select(ToAuditEntry));
                written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            await derived(cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return written;
        }
    }

    /// <summary>Describes the module's entities: tables (unprefixed names), keys, indexes, relations within the module.</summary>
    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    /// <summary>Runs <see cref="ConfigureModel"/>, then applies the module's storage, the audit table and version tokens.</summary>
    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ConfigureModel(modelBuilder);
        ModuleModelConventions.PlaceInStorage(modelBuilder, Storage);
        ModuleModelConventions.MapAuditEntries(modelBuilder, _options.AuditStorage, ownsTable: Storage == _options.AuditStorage);
        ModuleModelConventions.MarkVersionsAsConcurrencyTokens(modelBuilder);
    }

    private void StampVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersionedEntity>())
        {
            var version = entry.Property(e => e.Version);
            switch (entry.State)
            {
                case EntityState.Added when version.CurrentValue == 0:
                    version.CurrentValue = 1;
                    break;
                case EntityState.Modified when !version.IsModified:
                    version.CurrentValue = version.OriginalValue + 1;
                    break;
            }
        }
    }

    private AuditEntry ToAuditEntry(AuditCapture.Change change) => new()
    {
        OccurredAt = _options.TimeProvider.GetUtcNow().UtcDateTime,
        UserId = _options.CurrentUser.Id,
        ModuleId = ModuleId,
        Entity = change.Entry.Metadata.ClrType.Name,
        EntityKey = change.Action == AuditAction.Deleted ? change.KeyBefore : AuditCapture.KeyOf(change.Entry),
        Action = change.Action,
        Changes = change.ChangesJson,
    };
}
