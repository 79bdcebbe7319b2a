using Crm.Sdk.GraphQL.Connections;

namespace Crm.Sdk.Tests.GraphQL.Connections;

public sealed class KeysetCursorTests
{
    [Theory]
    [InlineData("аптека «здоровье»")]
    [InlineData("fresh bakery ltd")]
    [InlineData("")]
    public void Round_trips_any_key_with_its_id(string key)
    {
        var id = Guid.NewGuid();

        Assert.True(KeysetCursor.TryDecode(KeysetCursor.Encode(key, id), out var decodedKey, out var decodedId));
        Assert.Equal(key, decodedKey);
        Assert.Equal(id, decodedId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("aGVsbG8")]
    public void Refuses_what_it_did_not_make(string? cursor)
    {
        Assert.False(KeysetCursor.TryDecode(cursor, out _, out _));
    }
}
