namespace Crm.Sdk.GraphQL;

/// <summary>
/// What a module sees of the schema while it contributes to it. The schema issue grows this into the
/// full schema API (types, root fields, extensions of other modules' types, connections, filters).
/// </summary>
public interface ISchemaBuilder
{
    /// <summary>The id of the module that is contributing, for error messages that name it.</summary>
    string ModuleId { get; }
}
