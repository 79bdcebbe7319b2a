using System.Text;
using System.Text.Json;
using Crm.Host.GraphQL.Execution;
using GraphQL.Transport;

namespace Crm.Host.Tests.GraphQL.Execution;

public sealed class GraphQLResponseSerializerTests
{
    private readonly GraphQLResponseSerializer _serializer = GraphQLJson.CreateSerializer(exposeExceptionDetails: false);

    [Theory]
    [InlineData("""{"query":"{ a }","operationName":"A","variables":{"n":1,"s":"Москва"},"extensions":{"x":true}}""", false)]
    [InlineData("""{"query":"{ a }"}""", true)]
    public async Task Reading_a_body_in_memory_gives_what_reading_it_from_a_stream_gives(string json, bool byteOrderMark)
    {
        var body = (byteOrderMark ? Encoding.UTF8.GetPreamble() : []).Concat(Encoding.UTF8.GetBytes(json)).ToArray();

        var fromMemory = _serializer.Read<GraphQLRequest>(body)!;
        var fromStream = (await _serializer.ReadAsync<GraphQLRequest>(new MemoryStream(body)))!;

        Assert.Equal(fromStream.Query, fromMemory.Query);
        Assert.Equal(fromStream.OperationName, fromMemory.OperationName);
        Assert.Equal(_serializer.Serialize(fromStream.Variables), _serializer.Serialize(fromMemory.Variables));
        Assert.Equal(_serializer.Serialize(fromStream.Extensions), _serializer.Serialize(fromMemory.Extensions));
    }

    [Theory]
    [InlineData("{\"query\":")]
    [InlineData("not json")]
    public void A_malformed_body_is_a_json_error(string json) =>
        Assert.ThrowsAny<JsonException>(() => _serializer.Read<GraphQLRequest>(Encoding.UTF8.GetBytes(json)));
}
