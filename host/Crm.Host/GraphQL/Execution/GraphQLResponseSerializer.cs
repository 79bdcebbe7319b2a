using System.Buffers;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;

namespace Crm.Host.GraphQL.Execution;

/// <summary>
/// GraphQL.NET's System.Text.Json serializer with results written by <see cref="ExecutionResultConverter"/> (every
/// path: <c>Serialize</c>, <c>WriteAsync</c>, the WebSocket transport's messages), plus a synchronous write of a
/// result into a buffer writer such as the HTTP response's own pooled pipe: the result is already complete in
/// memory, so writing it through the async stream path (a second pooled buffer, an async state machine per flush)
/// only adds work.
/// </summary>
internal sealed class GraphQLResponseSerializer : GraphQLSerializer
{
    public GraphQLResponseSerializer(JsonSerializerOptions options, IErrorInfoProvider errors)
        : base(WithResultConverter(options), errors)
    {
    }

    /// <summary>
    /// Reads a <typeparamref name="T"/> from UTF-8 JSON held in memory, as <c>ReadAsync</c> reads it from a stream
    /// (a leading byte order mark is skipped there too).
    /// </summary>
    public T? Read<T>(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<T>(json.StartsWith(Utf8ByteOrderMark) ? json[Utf8ByteOrderMark.Length..] : json, SerializerOptions);

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

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

    // Ahead of GraphQL.NET's converter, which the base constructor then does not add (it adds one only when none
    // converts results yet).
    private static JsonSerializerOptions WithResultConverter(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Insert(0, new ExecutionResultConverter());
        return options;
    }
}
