namespace Crm.Host.Tests.Http;

/// <summary>The tests that run tests/js scripts share one <c>npm ci</c>.</summary>
[CollectionDefinition(Name)]
public sealed class NodeToolsCollection : ICollectionFixture<NodeTools>
{
    public const string Name = "Node.js scripts";
}
