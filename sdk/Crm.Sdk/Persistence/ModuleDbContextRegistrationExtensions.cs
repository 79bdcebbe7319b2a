using Autofac;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sdk.Persistence;

/// <summary>The one line a module writes in <c>ConfigureServices</c> to get its own database storage.</summary>
public static class ModuleDbContextRegistrationExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TContext"/> for the module in its own scope, on the database the host is
    /// configured for: the context itself (one per lifetime scope, e.g. per request), an
    /// <see cref="IDbContextFactory{TContext}"/>, and the registration the host uses to run the context's
    /// migrations when the module is enabled. Everything is released when the module's scope ends.
    /// </summary>
    /// <example><code>builder.AddModuleDbContext&lt;TicketsDbContext&gt;(Manifest.Id);</code></example>
    /// <param name="builder">The module's container builder.</param>
    /// <param name="moduleId">The module's id (<c>Manifest.Id</c>); it names the module's schema or table prefix.</param>
    public static ContainerBuilder AddModuleDbContext<TContext>(this ContainerBuilder builder, string moduleId)
        where TContext : ModuleDbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(moduleId);

        // One options object per module scope: it may own the plugin's EF services, disposed with the scope.
        builder.Register(c => c.Resolve<IModuleDatabase>().CreateOptions<TContext>(moduleId))
            .AsSelf()
            .SingleInstance();
        builder.Register(c => new ModuleDbContextFactory<TContext>(c.Resolve<ModuleDbContextOptions<TContext>>()))
            .As<IDbContextFactory<TContext>>()
            .SingleInstance();
        builder.Register(c => c.Resolve<IDbContextFactory<TContext>>().CreateDbContext())
            .AsSelf()
            .InstancePerLifetimeScope();
        builder.RegisterInstance(new ModuleDbContextRegistration(
            typeof(TContext),
            moduleId,
            c => c.Resolve<IDbContextFactory<TContext>>().CreateDbContext()));
        return builder;
    }
}
