namespace Crm.Host.Messaging;

/// <summary>A host-wide pipeline behaviour, added with <c>AddCrmRequestBehavior</c>.</summary>
/// <param name="OpenGenericType">An open generic type implementing <c>IPipelineBehavior&lt;,&gt;</c>.</param>
public sealed record RequestBehaviorType(Type OpenGenericType);
