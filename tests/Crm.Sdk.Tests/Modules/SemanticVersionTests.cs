using Crm.Sdk.Modules;

namespace Crm.Sdk.Tests.Modules;

public sealed class SemanticVersionTests
{
    [Theory]
    [InlineData("1", 1, 0, 0, null)]
    [InlineData("1.2", 1, 2, 0, null)]
    [InlineData("1.2.3", 1, 2, 3, null)]
    [InlineData("1.2.3-beta.1", 1, 2, 3, "beta.1")]
    [InlineData("1.2.3+build.5", 1, 2, 3, null)]
    public void Parses_the_forms_manifests_use(string text, int major, int minor, int patch, string? prerelease)
    {
        var version = SemanticVersion.Parse(text);

        Assert.Equal(new SemanticVersion(major, minor, patch, prerelease), version);
    }

    [Theory]
    [InlineData("")]
    [InlineData("one")]
    [InlineData("1.2.3.4")]
    [InlineData("1.-2")]
    [InlineData("1.2.3-")]
    public void Rejects_text_that_is_not_a_version_with_a_message_quoting_it(string text)
    {
        var error = Assert.Throws<FormatException>(() => SemanticVersion.Parse(text));

        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Orders_prerelease_before_release_and_by_numbers()
    {
        Assert.True(SemanticVersion.Parse("1.0.0-alpha") < SemanticVersion.Parse("1.0.0"));
        Assert.True(SemanticVersion.Parse("1.10.0") > SemanticVersion.Parse("1.9.9"));
        Assert.Equal("2.0.1-rc.1", SemanticVersion.Parse("2.0.1-rc.1").ToString());
    }
}
