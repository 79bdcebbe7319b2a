using Crm.Modules.Customers.Domain;

namespace Crm.Modules.History.Tests.Customers.Domain;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("ООО «РОМАШКА»", "ооо «ромашка»")]
    [InlineData("  Ёлка  ", "елка")]
    [InlineData("ACME Ltd", "acme ltd")]
    public void Folds_Cyrillic_and_Latin_alike(string text, string folded) => Assert.Equal(folded, SearchText.Fold(text));
}
