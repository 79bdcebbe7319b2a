using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL.Execution;

namespace Crm.Host.GraphQL.Execution;

/// <summary>
/// The one JSON serializer for GraphQL requests and responses: compact, with Cyrillic and other non-ASCII text written
/// as is (the default encoder escapes it to \uXXXX). The relaxed encoder also leaves quotes and HTML characters
/// unescaped, which is safe because responses go out as JSON media types, never inlined into HTML, and it serializes
/// about 18% faster (docs/benchmarks.md). Stack traces appear only in Development.
/// </summary>
internal static class GraphQLJson
{
    public static GraphQLResponseSerializer CreateSerializer(bool exposeExceptionDetails) => new(
        new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = false },
        new ErrorInfoProvider(options =>
        {
            options.ExposeExceptionDetails = exposeExceptionDetails;
            options.ExposeCodes = false;
        }));
}
