using System.Buffers;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;

namespace Crm.Host.GraphQL.Execution;

/// <summary>
/// GraphQL.NET's System.Text.Json serializer, plus a synchronous write of a result into a buffer writer such as
/// the HTTP response's own pooled pipe: the result is already complete in memory, so writing it through the async
/// stream path (a second pooled buffer, an async state machine per flush) only adds work.
/// </summary>
internal sealed class GraphQLResponseSerializer(JsonSerializerOptions options, IErrorInfoProvider errors)
    : GraphQLSerializer(options, errors)
{
    /// <summary>Writes <paramref name="result"/> as compact JSON into <paramref name="output"/>.</summary>
    public void Write(IBufferWriter<byte> output, ExecutionResult result)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions
        {
            Encoder = SerializerOptions.Encoder,
            Indented = SerializerOptions.WriteIndented,
            // The converters write well-formed JSON; the check per token is the writer's own cost.
            SkipValidation = true,
        });
        JsonSerializer.Serialize(writer, result, SerializerOptions);
    }
}
