using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Crm.Host.GraphQL.Printing;

/// <summary>Prints a schema as SDL the way graphql-js <c>printSchema</c> prints the same schema.</summary>
internal static class SdlPrinter
{
    public static string Print(ISchema schema) => schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true });
}
