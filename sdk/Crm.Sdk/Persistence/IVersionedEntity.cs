namespace Crm.Sdk.Persistence;

/// <summary>
/// An editable record guarded against lost updates. Implement it on every entity users edit: a
/// <see cref="ModuleDbContext"/> makes <see cref="Version"/> a concurrency token, sets it to 1 on insert and
/// adds 1 on every update, and turns an update of a stale version into a <see cref="ConcurrencyConflictException"/>.
/// Send the version to clients with the record and pass it back with
/// <see cref="ModuleDbContext.ExpectVersion{TEntity}"/> when they save.
/// </summary>
public interface IVersionedEntity
{
    /// <summary>The version of the record as last read; managed by the context, never set it by hand.</summary>
    long Version { get; set; }
}
