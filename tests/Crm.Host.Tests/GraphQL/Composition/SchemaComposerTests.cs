using Crm.Host.Tests.GraphQL.Support;
using Crm.Host.Tests.GraphQL.TestModules;
using Crm.Sdk.GraphQL;
using Crm.Sdk.Modules;
using GraphQL.Types;

namespace Crm.Host.Tests.GraphQL.Composition;

public sealed class SchemaComposerTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task A_plugin_extends_a_type_by_name_and_an_extension_of_a_missing_type_is_skipped_with_a_warning()
    {
        await using var host = await GraphQLTestHost.StartAsync(CrmTestData.AllModules(_database));

        var customer = (IObjectGraphType)host.Schema.Schema.AllTypes["Customer"]!;
        Assert.True(customer.HasField("openTickets"));
        Assert.True(customer.HasField("lastInteraction"));
        Assert.Empty(host.Faults);
        Assert.Contains(host.Schema.Warnings, warning => warning.Contains("'Deal'", StringComparison.Ordinal) && warning.Contains(TicketsTestPlugin.Id, StringComparison.Ordinal));
        Assert.Equal(CustomersTestModule.Id, host.Schema.TypeOwners["Customer"]);
    }

    [Fact]
    public async Task Without_the_owner_the_extensions_of_its_type_are_skipped_and_the_plugin_keeps_the_rest()
    {
        await using var host = await GraphQLTestHost.StartAsync([new TicketsTestPlugin(_database)]);

        Assert.Empty(host.Faults);
        Assert.NotNull(host.Schema.Schema.AllTypes["Ticket"]);
        Assert.Null(host.Schema.Schema.AllTypes["Customer"]);
        Assert.Equal(2, host.Schema.Warnings.Count);
    }

    [Fact]
    public async Task Two_modules_defining_one_type_fault_the_later_one_naming_both()
    {
        await using var host = await GraphQLTestHost.StartAsync([new CustomersTestModule(_database), new ConflictingModule("test.dup-type", s => s.AddType(OtherCustomerType()))]);

        var reason = Assert.Single(host.Faults, fault => fault.Key == "test.dup-type").Value;
        Assert.Contains("'Customer'", reason, StringComparison.Ordinal);
        Assert.Contains(CustomersTestModule.Id, reason, StringComparison.Ordinal);
        Assert.True(((IObjectGraphType)host.Schema.Schema.AllTypes["Customer"]!).HasField("name"));
    }

    [Fact]
    public async Task Two_modules_defining_one_root_field_fault_the_later_one_naming_both()
    {
        await using var host = await GraphQLTestHost.StartAsync(
        [
            new CustomersTestModule(_database),
            new ConflictingModule("test.dup-field", s => s.Query.Field<StringGraphType>("customer").Resolve(_ => "x")),
        ]);

        var reason = host.Faults["test.dup-field"];
        Assert.Contains("'Query.customer'", reason, StringComparison.Ordinal);
        Assert.Contains(CustomersTestModule.Id, reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_extension_redefining_an_owner_field_faults_the_extending_module()
    {
        await using var host = await GraphQLTestHost.StartAsync(
        [
            new CustomersTestModule(_database),
            new ConflictingModule("test.dup-extension", s => s.Extend<IEntity>("Customer").Field<StringGraphType>("name").Resolve(_ => "x")),
        ]);

        Assert.Contains("'Customer.name'", host.Faults["test.dup-extension"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_module_whose_contribution_throws_or_breaks_the_schema_is_faulted_and_the_others_compose()
    {
        await using var host = await GraphQLTestHost.StartAsync(
        [
            new CustomersTestModule(_database),
            new ConflictingModule("test.throws", _ => throw new InvalidOperationException("boom")),
            new ConflictingModule("test.breaks", s => s.Query.Field<ObjectGraphType<string>>("broken")),
        ]);

        Assert.Contains("boom", host.Faults["test.throws"], StringComparison.Ordinal);
        Assert.Contains("test.breaks", host.Faults["test.breaks"], StringComparison.Ordinal);
        Assert.True(((IObjectGraphType)host.Schema.Schema.Query).HasField("customers"));
    }

    public void Dispose() => _database.Dispose();

    private static ObjectGraphType OtherCustomerType()
    {
        var type = new ObjectGraphType { Name = "Customer" };
        type.Field<StringGraphType>("x");
        return type;
    }

    /// <summary>A module that contributes whatever the test gives it.</summary>
    private sealed class ConflictingModule(string id, Action<ISchemaBuilder> configure) : ICrmModule
    {
        public ModuleManifest Manifest { get; } = new(id, id, new SemanticVersion(1, 0, 0));

        public void ConfigureServices(Autofac.ContainerBuilder builder)
        {
        }

        public void ConfigureSchema(ISchemaBuilder schema) => configure(schema);
    }
}
