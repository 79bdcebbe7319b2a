using Crm.Host.GraphQL.Http;

namespace Crm.Host.Tests.Http;

public sealed class AcceptNegotiationTests
{
    [Theory]
    [InlineData("application/graphql-response+json, application/json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9")]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    [InlineData("*/*")]
    public void A_common_header_gets_the_answer_parsing_it_gives(string header)
    {
        var common = AcceptNegotiation.Common(header);

        Assert.NotNull(common);
        Assert.Equal(AcceptNegotiation.Parse([header]), common);
        Assert.Equal(common, AcceptNegotiation.Choose([header]));
    }

    [Theory]
    [InlineData("application/json; charset=utf-16", null)]
    [InlineData("text/html", null)]
    [InlineData("application/json;q=0.5, application/graphql-response+json;q=0.4", "Json")]
    [InlineData("application/*", "Json")]
    public void Any_other_header_is_parsed(string header, string? expected)
    {
        Assert.Null(AcceptNegotiation.Common(header));
        Assert.Equal(expected, AcceptNegotiation.Choose([header])?.ToString());
    }
}
