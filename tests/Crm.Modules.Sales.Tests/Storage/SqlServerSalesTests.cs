using Autofac;
using Autofac.Extensions.DependencyInjection;
using Crm.Host.Persistence;
using Crm.Modules.Sales.Storage;
using Crm.Modules.Sales.Tests.Support;
using Crm.Modules.Sales.UseCases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Crm.Sdk.Security;

namespace Crm.Modules.Sales.Tests.Storage;

/// <summary>
/// crm.sales under the SQL Server provider, proved without a server: the migration script creates the tables in
/// the module's schema with Unicode text, and the funnel report and refusals translate to one SQL statement each
/// (the report as a GROUP BY with COUNT and SUM, never grouped in memory).
/// </summary>
public sealed class SqlServerSalesTests : IAsyncLifetime
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
        services.AddSingleton<ICurrentUser>(new TestActor { Level = RecordAccessLevel.Team });
        services.AddCrmPersistence(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Crm:Database:Provider"] = "SqlServer",
            ["ConnectionStrings:Crm"] = NoServer,
        }).Build());
        var builder = new ContainerBuilder();
        builder.Populate(services);
        _container = builder.Build();
        _scope = _container.BeginLifetimeScope(b => new SalesModule().ConfigureServices(b));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _container.DisposeAsync();
    }

    [Fact]
    public void The_migration_script_creates_the_tables_in_the_modules_schema_with_unicode_text()
    {
        var script = _scope.Resolve<SalesDbContext>().GetService<IMigrator>().GenerateScript();

        Assert.Contains("CREATE SCHEMA [crm_sales]", script, StringComparison.Ordinal);
        foreach (var table in new[] { "funnels", "funnel_stages", "funnel_rules", "opportunities", "opportunity_products", "stage_moves", "loss_reasons", "products", "purchases", "purchase_lines", "leads" })
        {
            Assert.Contains($"CREATE TABLE [crm_sales].[{table}]", script, StringComparison.Ordinal);
        }

        Assert.Contains("decimal(18,2)", script, StringComparison.Ordinal);
        Assert.DoesNotContain(" varchar(", script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_funnel_report_translates_to_one_grouped_statement()
    {
        var report = _scope.Resolve<BuildFunnelReport>();

        var sql = report.Groups(new FunnelReportQuery(Guid.NewGuid(), DateTimeOffset.UnixEpoch, DateTimeOffset.UtcNow, "manager-1")).ToQueryString();

        Assert.Contains("FROM [crm_sales].[opportunities] AS [o]", sql, StringComparison.Ordinal);
        Assert.Contains("COUNT(*)", sql, StringComparison.Ordinal);
        Assert.Contains("SUM([o].[Amount])", sql, StringComparison.Ordinal);
        Assert.Contains("GROUP BY [o].[StageId], [o].[OwnerId], [o].[Currency], [o].[FurthestPosition], [o].[LossReasonCode]", sql, StringComparison.Ordinal);
        Assert.Single(sql.Split("GROUP BY", StringSplitOptions.None)[1..]);
        // Team access filters in the same statement: the owner must be one of the caller's team.
        Assert.Contains("[o].[OwnerId] = @members", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusals_by_product_translate_to_an_exists()
    {
        var refusals = _scope.Resolve<Refusals>();

        var sql = refusals.Matching(new RefusalFilter { ReasonCode = "price", ProductId = Guid.NewGuid(), From = DateTimeOffset.UnixEpoch }).ToQueryString();

        Assert.Contains("EXISTS (", sql, StringComparison.Ordinal);
        Assert.Contains("FROM [crm_sales].[opportunity_products]", sql, StringComparison.Ordinal);
        Assert.Contains("[o].[ClosedAt] >= @", sql, StringComparison.Ordinal);
    }
}
