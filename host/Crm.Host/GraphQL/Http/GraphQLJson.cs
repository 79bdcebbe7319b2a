using System.Text.Encodings.Web;
using GraphQL.Execution;
using GraphQL.SystemTextJson;

namespace Crm.Host.GraphQL.Http;

/// <summary>The one JSON serializer of the GraphQL transports.</summary>
internal static class GraphQLJson
{
    /// <summary>
    /// Compact output with the relaxed encoder, so names in Cyrillic or any other script stay readable instead
    /// of turning into \u escapes (and serialize faster). Errors show <c>message</c>, <c>locations</c>,
    /// <c>path</c> and <c>extensions.code</c>, never exception details.
    /// </summary>
    public static GraphQLSerializer CreateSerializer() => new(
        options =>
        {
            options.WriteIndented = false;
            options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        },
        new ErrorInfoProvider(new ErrorInfoProviderOptions
        {
            ExposeCode = true,
            ExposeCodes = false,
            ExposeData = false,
            ExposeExceptionDetails = false,
        }));
}
