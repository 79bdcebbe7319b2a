using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;

namespace Crm.Host.GraphQL.Execution;

/// <summary>
/// Writes a result as GraphQL.NET's <see cref="ExecutionResultJsonConverter"/> does, byte for byte (errors, data and
/// extensions in that order, with the same converters for errors and extensions), but faster: it walks the result's
/// execution nodes itself and writes strings, booleans and integral and decimal numbers straight to the writer
/// (which is what System.Text.Json's converters for them do), instead of serializing each boxed value as an
/// <c>object</c>, which looks its converter up by runtime type per value, and it writes flat rows
/// (<see cref="LeafRowExecutionNode"/>) field by field like the object nodes they stand for, where GraphQL.NET's
/// converter would build each row's dictionary first. Any other value goes through System.Text.Json as before, and
/// so does every value when the options carry a converter of their own for one of those types.
/// </summary>
internal sealed class ExecutionResultConverter : JsonConverter<ExecutionResult>
{
    private static readonly Type[] DirectTypes = [typeof(string), typeof(bool), typeof(int), typeof(long), typeof(decimal)];
    private bool? _writeScalarsDirectly;

    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert) => typeof(ExecutionResult).IsAssignableFrom(typeToConvert);

    /// <summary>Results are only written (GraphQL.NET's converter does not read them either).</summary>
    public override ExecutionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("GraphQL results are written, not read.");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ExecutionResult value, JsonSerializerOptions options)
    {
        // One options instance holds this converter; its converters are fixed once it is in use.
        _writeScalarsDirectly ??= !options.Converters.Any(converter => converter != this && DirectTypes.Any(converter.CanConvert));
        writer.WriteStartObject();
        if (value.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            JsonSerializer.Serialize(writer, errors, options);
        }

        if (value.Executed)
        {
            writer.WritePropertyName("data");
            if (value.Data is ExecutionNode node)
            {
                WriteNode(writer, node, options);
            }
            else
            {
                JsonSerializer.Serialize(writer, value.Data, options);
            }
        }

        if (value.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            JsonSerializer.Serialize(writer, extensions, options);
        }

        writer.WriteEndObject();
    }

    // ExecutionResultJsonConverter.WriteExecutionNode, with scalars written directly.
    private void WriteNode(Utf8JsonWriter writer, ExecutionNode? node, JsonSerializerOptions options)
    {
        switch (node)
        {
            case ValueExecutionNode value:
                WriteValue(writer, value.ToValue(), options);
                break;
            case LeafRowExecutionNode row:
                WriteRow(writer, row, options);
                break;
            case ObjectExecutionNode { SubFields: null }:
                writer.WriteNullValue();
                break;
            case ObjectExecutionNode objectNode:
                writer.WriteStartObject();
                var naming = options.PropertyNamingPolicy;
                foreach (var child in objectNode.SubFields)
                {
                    writer.WritePropertyName(naming is null ? child.Name! : naming.ConvertName(child.Name!));
                    WriteNode(writer, child, options);
                }

                writer.WriteEndObject();
                break;
            case ArrayExecutionNode { Items: null } array:
                JsonSerializer.Serialize(writer, array.SerializedResult, options);
                break;
            case ArrayExecutionNode array:
                writer.WriteStartArray();
                foreach (var item in array.Items)
                {
                    WriteNode(writer, item, options);
                }

                writer.WriteEndArray();
                break;
            case null or NullExecutionNode:
                writer.WriteNullValue();
                break;
            default:
                JsonSerializer.Serialize(writer, node.ToValue(), options);
                break;
        }
    }

    // A flat row as GraphQL.NET writes the object node it stands for.
    private void WriteRow(Utf8JsonWriter writer, LeafRowExecutionNode row, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        var naming = options.PropertyNamingPolicy;
        var fields = row.Fields;
        var values = row.Values;
        for (var i = 0; i < fields.Length; i++)
        {
            var name = fields[i].ResponseName;
            writer.WritePropertyName(naming is null ? name : naming.ConvertName(name));
            WriteValue(writer, values[i], options);
        }

        writer.WriteEndObject();
    }

    private void WriteValue(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        if (_writeScalarsDirectly != true)
        {
            JsonSerializer.Serialize(writer, value, options);
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
                JsonSerializer.Serialize(writer, value, options);
                break;
        }
    }
}
