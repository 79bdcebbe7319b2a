using Autofac;

namespace Crm.Sdk.Persistence;

/// <summary>
/// A module context the host must migrate when the module is enabled. Registered by
/// <see cref="ModuleDbContextRegistrationExtensions.AddModuleDbContext{TContext}"/>; the host finds every one
/// in the module's scope.
/// </summary>
/// <param name="ContextType">The context type.</param>
/// <param name="ModuleId">The module id the context was registered for.</param>
/// <param name="Create">Creates a fresh context from the module's scope; the caller disposes it.</param>
public sealed record ModuleDbContextRegistration(Type ContextType, string ModuleId, Func<IComponentContext, ModuleDbContext> Create);
