using Crm.Modules.Customers.Domain;

namespace Crm.Modules.History.Tests.Customers.Domain;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("anna@example.com")]
    [InlineData("first.last+crm@mail.example.co.uk")]
    [InlineData("info@вечерний-город.рф")]
    public void Real_addresses_are_valid(string address) => Assert.True(EmailAddress.IsValid(address));

    [Theory]
    [InlineData("")]
    [InlineData("anna")]
    [InlineData("anna@")]
    [InlineData("anna@example")]
    [InlineData("Anna <anna@example.com>")]
    [InlineData("anna @example.com")]
    [InlineData("a@b@example.com")]
    public void Typos_are_invalid(string address) => Assert.False(EmailAddress.IsValid(address));
}
