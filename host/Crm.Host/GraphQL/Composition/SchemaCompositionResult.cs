namespace Crm.Host.GraphQL.Composition;

/// <summary>A composed schema and the modules left out of it, each with the reason.</summary>
internal sealed record SchemaCompositionResult(ComposedSchema Schema, IReadOnlyDictionary<string, string> Faults);
