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
/// <remarks>
/// <see cref="Write"/> writes the same JSON as GraphQL.NET's <see cref="ExecutionResultJsonConverter"/>, byte for
/// byte: errors, data and extensions in that order, with the same converters for errors and extensions. It walks the
/// result's execution nodes itself and writes strings, booleans and integral and decimal numbers straight to the
/// writer (which is what System.Text.Json's converters for them do), instead of serializing each boxed value as an
/// <c>object</c>, which looks its converter up by runtime type per value. Any other value goes through
/// System.Text.Json as before, and so does every value when the options carry a converter of their own for one of
/// those types. Flat rows (<see cref="LeafRowExecutionNode"/>) are written field by field like the object nodes they
/// stand for.
/// </remarks>
internal sealed class GraphQLResponseSerializer : GraphQLSerializer
{
    private readonly bool _writeScalarsDirectly;

    public GraphQLResponseSerializer(JsonSerializerOptions options, IErrorInfoProvider errors)
        : base(options, errors)
    {
        Type[] direct = [typeof(string), typeof(bool), typeof(int), typeof(long), typeof(decimal)];
        _writeScalarsDirectly = !SerializerOptions.Converters.Any(converter => direct.Any(converter.CanConvert));
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
        writer.WriteStartObject();
        if (result.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            JsonSerializer.Serialize(writer, errors, SerializerOptions);
        }

        if (result.Executed)
        {
            writer.WritePropertyName("data");
            if (result.Data is ExecutionNode node)
            {
                WriteNode(writer, node);
            }
            else
            {
                JsonSerializer.Serialize(writer, result.Data, SerializerOptions);
            }
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            JsonSerializer.Serialize(writer, extensions, SerializerOptions);
        }

        writer.WriteEndObject();
    }

    // ExecutionResultJsonConverter.WriteExecutionNode, with scalars written directly.
    private void WriteNode(Utf8JsonWriter writer, ExecutionNode? node)
    {
        switch (node)
        {
            case ValueExecutionNode value:
                WriteValue(writer, value.ToValue());
                break;
            case LeafRowExecutionNode row:
                WriteRow(writer, row);
                break;
            case ObjectExecutionNode { SubFields: null }:
                writer.WriteNullValue();
                break;
            case ObjectExecutionNode objectNode:
                writer.WriteStartObject();
                var naming = SerializerOptions.PropertyNamingPolicy;
                foreach (var child in objectNode.SubFields)
                {
                    writer.WritePropertyName(naming is null ? child.Name! : naming.ConvertName(child.Name!));
                    WriteNode(writer, child);
                }

                writer.WriteEndObject();
                break;
            case ArrayExecutionNode { Items: null } array:
                JsonSerializer.Serialize(writer, array.SerializedResult, SerializerOptions);
                break;
            case ArrayExecutionNode array:
                writer.WriteStartArray();
                foreach (var item in array.Items)
                {
                    WriteNode(writer, item);
                }

                writer.WriteEndArray();
                break;
            case null or NullExecutionNode:
                writer.WriteNullValue();
                break;
            default:
                JsonSerializer.Serialize(writer, node.ToValue(), SerializerOptions);
                break;
        }
    }

    // A flat row as GraphQL.NET writes the object node it stands for (its converter writes the row's ToValue()
    // dictionary, which gives the same JSON when no naming policy is set: the host sets none).
    private void WriteRow(Utf8JsonWriter writer, LeafRowExecutionNode row)
    {
        writer.WriteStartObject();
        var naming = SerializerOptions.PropertyNamingPolicy;
        var fields = row.Fields;
        var values = row.Values;
        for (var i = 0; i < fields.Length; i++)
        {
            var name = fields[i].ResponseName;
            writer.WritePropertyName(naming is null ? name : naming.ConvertName(name));
            WriteValue(writer, values[i]);
        }

        writer.WriteEndObject();
    }

    private void WriteValue(Utf8JsonWriter writer, object? value)
    {
        if (!_writeScalarsDirectly)
        {
            JsonSerializer.Serialize(writer, value, SerializerOptions);
            return;
        }

        switch (value)
        {
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            default:
                JsonSerializer.Serialize(writer, value, SerializerOptions);
                break;
        }
    }
}
