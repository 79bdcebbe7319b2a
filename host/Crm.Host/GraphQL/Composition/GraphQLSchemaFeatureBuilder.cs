using Crm.Host.Modules;

namespace Crm.Host.GraphQL.Composition;

/// <summary>
/// The shape feature builder for GraphQL: composes the enabled modules' schema parts into a <see cref="ComposedSchema"/>
/// while a new shape is prepared, and reports the modules it had to leave out so the module manager faults them.
/// </summary>
internal sealed class GraphQLSchemaFeatureBuilder(SchemaComposer composer) : IShapeFeatureBuilder
{
    public Task<ShapeFeatureResult> BuildAsync(IReadOnlyList<ActiveModule> modules, CancellationToken cancellationToken)
    {
        var result = composer.Compose(modules, cancellationToken);
        return Task.FromResult(new ShapeFeatureResult(result.Schema, result.Faults));
    }
}
