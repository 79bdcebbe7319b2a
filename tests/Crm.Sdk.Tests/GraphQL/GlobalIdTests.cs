using Crm.Sdk.GraphQL;

namespace Crm.Sdk.Tests.GraphQL;

public sealed class GlobalIdTests
{
    [Fact]
    public void A_global_id_round_trips_its_type_and_local_id()
    {
        var id = Guid.NewGuid();

        var global = GlobalId.Encode("Customer", id);

        Assert.Equal(id, GlobalId.DecodeGuid(global, "Customer"));
        Assert.True(GlobalId.TryDecode(global, out var type, out _));
        Assert.Equal("Customer", type);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("")]
    [InlineData("bm9jb2xvbg==")]
    public void Malformed_ids_are_refused(string global) => Assert.False(GlobalId.TryDecode(global, out _, out _));

    [Fact]
    public void An_id_of_another_type_is_an_invalid_id_error()
    {
        var error = Assert.Throws<DomainException>(() => GlobalId.DecodeGuid(GlobalId.Encode("Ticket", Guid.NewGuid()), "Customer"));

        Assert.Equal(ErrorCodes.InvalidId, error.Code);
    }
}
