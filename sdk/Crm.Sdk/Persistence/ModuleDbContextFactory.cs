using Microsoft.EntityFrameworkCore;

namespace Crm.Sdk.Persistence;

/// <summary>
/// Creates contexts of one module on demand; inject <see cref="IDbContextFactory{TContext}"/> in singletons
/// and background work, and dispose each context you create. The context type needs a public constructor
/// taking <see cref="ModuleDbContextOptions{TContext}"/>.
/// </summary>
public sealed class ModuleDbContextFactory<TContext>(ModuleDbContextOptions<TContext> options) : IDbContextFactory<TContext>
    where TContext : ModuleDbContext
{
    /// <summary>A new context; the caller disposes it.</summary>
    public TContext CreateDbContext() =>
        (TContext)(Activator.CreateInstance(typeof(TContext), options)
            ?? throw new InvalidOperationException($"{typeof(TContext).Name} could not be created."));
}
