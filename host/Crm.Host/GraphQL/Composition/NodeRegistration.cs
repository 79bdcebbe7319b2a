using Crm.Sdk.GraphQL;

namespace Crm.Host.GraphQL.Composition;

/// <summary>How <c>node(id)</c> finds objects of one type, and which module's scope it runs in.</summary>
internal sealed record NodeRegistration(string TypeName, string ModuleId, NodeResolver Resolve);
