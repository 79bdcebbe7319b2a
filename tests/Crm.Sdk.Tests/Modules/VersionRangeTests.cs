using Crm.Sdk.Modules;

namespace Crm.Sdk.Tests.Modules;

public sealed class VersionRangeTests
{
    [Theory]
    [InlineData("*", "0.0.1", true)]
    [InlineData("1.2.3", "1.2.3", true)]
    [InlineData("1.2.3", "1.2.4", false)]
    [InlineData("^1.2.0", "1.9.0", true)]
    [InlineData("^1.2.0", "2.0.0", false)]
    [InlineData("^1.2.0", "1.1.9", false)]
    [InlineData("^0.3.0", "0.3.5", true)]
    [InlineData("^0.3.0", "0.4.0", false)]
    [InlineData("~1.2.0", "1.2.9", true)]
    [InlineData("~1.2.0", "1.3.0", false)]
    [InlineData(">=1.0.0 <2.0.0", "1.5.0", true)]
    [InlineData(">=1.0.0 <2.0.0", "2.0.0", false)]
    [InlineData(">1.0.0", "1.0.0", false)]
    [InlineData("<=1.0.0", "1.0.0", true)]
    public void Includes_exactly_the_versions_the_range_names(string range, string version, bool included)
    {
        Assert.Equal(included, VersionRange.Parse(range).Includes(SemanticVersion.Parse(version)));
    }

    [Fact]
    public void Rejects_a_malformed_range_naming_the_bad_part()
    {
        var error = Assert.Throws<FormatException>(() => VersionRange.Parse(">=1.0 <two"));

        Assert.Contains("'<two'", error.Message, StringComparison.Ordinal);
    }
}
