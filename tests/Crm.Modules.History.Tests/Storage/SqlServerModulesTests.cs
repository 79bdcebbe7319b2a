using Autofac;
using Autofac.Extensions.DependencyInjection;
using Crm.Host.Persistence;
using Crm.Modules.Agreements.Storage;
using Crm.Modules.Customers.Storage;
using Crm.Modules.Customers.UseCases;
using Crm.Modules.History.Tests.Support;
using Crm.Modules.Interactions.Storage;
using Crm.Modules.Interactions.UseCases;
using Crm.Sdk.Persistence;
using Crm.Sdk.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.History.Tests.Storage;

/// <summary>
/// The three history modules under the SQL Server provider, proved without a server: each model builds, each
/// module's migrations script creates its tables in its own schema with Unicode text, and the queries that carry
/// the product (a timeline page, the phone search, clients without contact) translate to one SQL statement each.
/// The queries come from the modules' own code paths, so a change there that EF cannot translate fails here.
/// </summary>
public sealed class SqlServerModulesTests : IAsyncLifetime
{
    // Never opened: building a model, scripting migrations and translating queries need no connection.
    private const string NoServer = "Server=127.0.0.1,1;Database=crm;User Id=crm;Password=unused;TrustServerCertificate=True";

    private IContainer _container = null!;
    private ILifetimeScope _scope = null!;

    public Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ICurrentUser, TestActor>();
        services.AddCrmPersistence(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Crm:Database:Provider"] = "SqlServer",
            ["ConnectionStrings:Crm"] = NoServer,
        }).Build());
        var builder = new ContainerBuilder();
        builder.Populate(services);
        _container = builder.Build();
        _scope = _container.BeginLifetimeScope(b =>
        {
            foreach (var module in HistoryHarness.Modules)
            {
                module.ConfigureServices(b);
            }
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _container.DisposeAsync();
    }

    [Theory]
    [InlineData(typeof(CustomersDbContext), "crm_customers", new[] { "customers", "customer_phones", "customer_emails", "customer_addresses", "customer_tags", "contact_people", "attribute_definitions", "attribute_values" })]
    [InlineData(typeof(InteractionsDbContext), "crm_interactions", new[] { "interactions", "last_contacts", "known_customers" })]
    [InlineData(typeof(AgreementsDbContext), "crm_agreements", new[] { "agreements", "resource_claims", "claim_overrides" })]
    public void A_modules_migrations_script_creates_its_tables_in_its_own_schema_with_unicode_text(Type contextType, string schema, string[] tables)
    {
        var context = (ModuleDbContext)_scope.Resolve(contextType);

        Assert.NotEmpty(context.Model.GetEntityTypes());
        // The audit trail every module context writes to is the host's table, created by the host's migrations.
        var own = context.Model.GetEntityTypes().Where(entity => entity.GetSchema() != "crm_host").ToList();
        Assert.Equal(tables.Order(), own.Select(entity => entity.GetTableName()!).Order());
        Assert.All(own, entity => Assert.Equal(schema, entity.GetSchema()));
        var script = context.GetService<IMigrator>().GenerateScript();

        Assert.Contains($"CREATE SCHEMA [{schema}]", script, StringComparison.Ordinal);
        Assert.Contains($"CREATE TABLE [{schema}].[__migrations]", script, StringComparison.Ordinal);
        foreach (var table in tables)
        {
            Assert.Contains($"CREATE TABLE [{schema}].[{table}]", script, StringComparison.Ordinal);
        }

        Assert.Contains(" nvarchar(", script, StringComparison.Ordinal);
        Assert.DoesNotContain(" varchar(", script, StringComparison.Ordinal);
        Assert.DoesNotContain(" text ", script, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_timeline_page_translates_to_one_keyset_query()
    {
        var timeline = _scope.Resolve<GetTimeline>();
        var query = new TimelineQuery(Guid.NewGuid(), 50) { After = "cursor", Kinds = ["call"], From = DateTimeOffset.UnixEpoch };

        var sql = timeline.Page(query, DateTime.UtcNow, 42).ToQueryString();

        Assert.Contains("SELECT TOP(@", sql, StringComparison.Ordinal);
        Assert.Contains("FROM [crm_interactions].[interactions] AS [i]", sql, StringComparison.Ordinal);
        Assert.Contains("[i].[OccurredAt] < @", sql, StringComparison.Ordinal);
        // The cursor bounds the index range on its own, not only inside an OR.
        Assert.Contains("[i].[OccurredAt] <= @", sql, StringComparison.Ordinal);
        Assert.Contains("ORDER BY [i].[OccurredAt] DESC, [i].[Id] DESC", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void First_pages_of_several_customers_translate_to_one_top_per_customer_never_a_window_over_the_table()
    {
        var db = _scope.Resolve<InteractionsDbContext>();

        var sql = GetTimeline.FirstPages(db.Interactions.AsNoTracking(), [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()], 6).ToQueryString();

        Assert.Equal(2, sql.Split("UNION ALL").Length - 1);
        Assert.Equal(3, sql.Split("SELECT TOP(@").Length - 1);
        Assert.Equal(3, sql.Split("ORDER BY [i").Length - 1);
        Assert.DoesNotContain("ROW_NUMBER", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void The_customer_search_by_phone_fragment_translates_to_like_over_the_digits()
    {
        var customers = _scope.Resolve<CustomersDbContext>();

        var sql = CustomerQueries.Where(customers.Customers.AsNoTracking(), new CustomerFilter { Text = "495 12" }).ToQueryString();

        Assert.Contains("FROM [crm_customers].[customers] AS [c]", sql, StringComparison.Ordinal);
        Assert.Contains("[c].[SearchText] LIKE @", sql, StringComparison.Ordinal);
        Assert.Contains("FROM [crm_customers].[customer_phones]", sql, StringComparison.Ordinal);
        Assert.Contains("[Digits] LIKE @", sql, StringComparison.Ordinal);
        Assert.Contains("49512", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void Clients_without_contact_translate_to_not_exists_over_the_last_contacts()
    {
        var withoutContact = _scope.Resolve<CustomersWithoutContact>();

        var sql = withoutContact.Matching(new WithoutContactQuery(DateTimeOffset.UnixEpoch, 50) { Kinds = ["invoice"], ManagerId = "irina" }).ToQueryString();

        Assert.Contains("FROM [crm_interactions].[known_customers] AS [k]", sql, StringComparison.Ordinal);
        Assert.Contains("NOT EXISTS (", sql, StringComparison.Ordinal);
        Assert.Contains("FROM [crm_interactions].[last_contacts] AS [l]", sql, StringComparison.Ordinal);
    }
}
