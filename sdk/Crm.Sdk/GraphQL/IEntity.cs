namespace Crm.Sdk.GraphQL;

/// <summary>
/// Implemented by entities that other modules may extend by type name: an extension's resolver
/// (<see cref="ISchemaBuilder.Extend{TSource}"/> with <c>IEntity</c>) gets the owner's object as this interface and
/// needs nothing else from the owning module to load its own data for that id.
/// </summary>
/// <example>
/// <code>
/// public sealed class Customer : IEntity { public Guid Id { get; init; } public string Name { get; set; } = ""; }
/// </code>
/// </example>
public interface IEntity
{
    /// <summary>The entity's local id, unique within its type.</summary>
    Guid Id { get; }
}
