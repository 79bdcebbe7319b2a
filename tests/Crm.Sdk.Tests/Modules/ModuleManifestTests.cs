using Crm.Sdk.Modules;

namespace Crm.Sdk.Tests.Modules;

public sealed class ModuleManifestTests
{
    [Theory]
    [InlineData("crm.customers")]
    [InlineData("acme.service-tickets")]
    [InlineData("loyalty")]
    public void Accepts_lower_case_dotted_ids(string id)
    {
        var manifest = new ModuleManifest(id, "Name", new SemanticVersion(1, 0, 0));

        Assert.Equal(id, manifest.Id);
    }

    [Theory]
    [InlineData("Crm.Customers")]
    [InlineData("1crm")]
    [InlineData("crm..customers")]
    [InlineData("crm customers")]
    [InlineData("")]
    public void Refuses_malformed_ids_with_an_example_of_a_good_one(string id)
    {
        var error = Assert.Throws<ArgumentException>(() => new ModuleManifest(id, "Name", new SemanticVersion(1, 0, 0)));

        Assert.Contains("crm.customers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_module_that_depends_on_itself()
    {
        Assert.Throws<ArgumentException>(() => new ModuleManifest("a.b", "Name", new SemanticVersion(1, 0, 0), "", [new ModuleDependency("a.b")]));
    }
}
