using GraphQL;

namespace Crm.Sdk.GraphQL;

/// <summary>
/// Finds the object behind a global id for <c>node(id)</c>: gets the local id (what <see cref="GlobalId.Decode"/>
/// returns after the type name) and returns the entity, or null when it does not exist or the caller may not see it.
/// </summary>
/// <param name="context">The <c>node</c> field's context; its <c>RequestServices</c> are the registering module's.</param>
/// <param name="localId">The id the module put into the global id, e.g. a Guid's string form.</param>
public delegate Task<object?> NodeResolver(IResolveFieldContext context, string localId);
