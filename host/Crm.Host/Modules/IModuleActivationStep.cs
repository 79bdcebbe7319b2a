namespace Crm.Host.Modules;

/// <summary>
/// Work the host does for a module after its scope is built and before it joins a shape, such as running its
/// pending database migrations. A step that throws leaves the module Faulted with the exception's message and
/// the other modules untouched. Steps run in ascending <see cref="Order"/>.
/// </summary>
public interface IModuleActivationStep
{
    /// <summary>Position among steps; lower runs first.</summary>
    int Order { get; }

    /// <summary>Prepares <paramref name="module"/>; must be safe to run again on every enable and start-up.</summary>
    Task ActivateAsync(ActiveModule module, CancellationToken cancellationToken);
}
