using Crm.Host.Tests.GraphQL.Support;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Modules;
using GraphQL.Types;

namespace Crm.Host.Tests.GraphQL.Composition;

/// <summary>Modules add values to an enum another module owns (a plugin's timeline kind), and conflicts fault the later module.</summary>
public sealed class EnumExtensionTests
{
    [Fact]
    public async Task A_module_adds_a_value_to_an_enum_another_module_owns()
    {
        await using var host = await GraphQLTestHost.StartAsync(
        [
            new SchemaModule("test.owner", DefineKinds),
            new SchemaModule("test.tickets", s => s.ExtendEnum("Kind", "TICKET", "A service ticket.")),
        ]);

        Assert.Empty(host.Faults);
        var kind = (EnumerationGraphType)host.Schema.Schema.AllTypes["Kind"]!;
        Assert.Equal(["CALL", "TICKET"], kind.Values.Select(v => v.Name));
        Assert.Equal("A service ticket.", kind.Values.FindByName("TICKET")!.Description);
    }

    [Fact]
    public async Task Without_the_owner_the_value_is_skipped_with_a_warning()
    {
        await using var host = await GraphQLTestHost.StartAsync([new SchemaModule("test.tickets", s =>
        {
            s.Query.Field<StringGraphType>("tickets").Resolve(_ => "x");
            s.ExtendEnum("Kind", "TICKET", "A service ticket.");
        })]);

        Assert.Empty(host.Faults);
        Assert.Null(host.Schema.Schema.AllTypes["Kind"]);
        Assert.Contains(host.Schema.Warnings, w => w.Contains("'TICKET'", StringComparison.Ordinal) && w.Contains("test.tickets", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_value_the_owner_or_an_earlier_module_defines_faults_the_later_module_naming_the_other()
    {
        await using var host = await GraphQLTestHost.StartAsync(
        [
            new SchemaModule("test.owner", DefineKinds),
            new SchemaModule("test.first", s => s.ExtendEnum("Kind", "TICKET", "First.")),
            new SchemaModule("test.second", s => s.ExtendEnum("Kind", "TICKET", "Second.")),
            new SchemaModule("test.redefines", s => s.ExtendEnum("Kind", "CALL", "Again.")),
        ]);

        Assert.Contains("test.first", host.Faults["test.second"], StringComparison.Ordinal);
        Assert.Contains("test.owner", host.Faults["test.redefines"], StringComparison.Ordinal);
        Assert.False(host.Faults.ContainsKey("test.first"));
        var kind = (EnumerationGraphType)host.Schema.Schema.AllTypes["Kind"]!;
        Assert.Equal("First.", kind.Values.FindByName("TICKET")!.Description);
    }

    [Fact]
    public async Task Extending_a_type_that_is_not_an_enum_faults_the_extending_module()
    {
        await using var host = await GraphQLTestHost.StartAsync(
        [
            new SchemaModule("test.owner", DefineKinds),
            new SchemaModule("test.wrong", s => s.ExtendEnum("Holder", "TICKET", "Not an enum.")),
        ]);

        Assert.Contains("'Holder'", host.Faults["test.wrong"], StringComparison.Ordinal);
    }

    private static void DefineKinds(ISchemaBuilder schema)
    {
        var kinds = new EnumerationGraphType { Name = "Kind" };
        kinds.Add(new EnumValueDefinition("CALL", "CALL"));
        schema.AddType(kinds);
        var holder = new ObjectGraphType { Name = "Holder" };
        holder.Field<StringGraphType>("kind").Resolve(_ => "CALL");
        schema.AddType(holder);
        schema.Query.Field<StringGraphType>("kinds").Resolve(_ => "CALL");
    }

    private sealed class SchemaModule(string id, Action<ISchemaBuilder> configure) : ICrmModule
    {
        public ModuleManifest Manifest { get; } = new(id, id, new SemanticVersion(1, 0, 0));

        public void ConfigureServices(Autofac.ContainerBuilder builder)
        {
        }

        public void ConfigureSchema(ISchemaBuilder schema) => configure(schema);
    }
}
