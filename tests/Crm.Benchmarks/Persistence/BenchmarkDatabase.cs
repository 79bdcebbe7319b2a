using Autofac;
using Autofac.Extensions.DependencyInjection;
using Crm.Host.Modules;
using Crm.Host.Persistence;
using Crm.Sdk.Modules;
using Crm.Sdk.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Crm.Benchmarks.Persistence;

/// <summary>
/// A benchmark database with the host's persistence and the interactions module active. SQLite files live
/// under <c>$TMPDIR/crm-bench</c> and PostgreSQL databases are named <c>crm_bench_*</c> on the server in
/// <c>CRM_TEST_POSTGRES</c>; both are kept between runs so the 10-million-row table is generated once.
/// </summary>
internal sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly IContainer _container;
    private readonly ILifetimeScope _module;

    private BenchmarkDatabase(string provider, string name, IContainer container, ILifetimeScope module)
    {
        Provider = provider;
        Name = name;
        _container = container;
        _module = module;
        Contexts = module.Resolve<IDbContextFactory<InteractionsDbContext>>();
    }

    public string Provider { get; }

    public string Name { get; }

    public IDbContextFactory<InteractionsDbContext> Contexts { get; }

    /// <summary>The providers to measure: <c>CRM_BENCH_PROVIDERS</c> (comma-separated), or both.</summary>
    public static IEnumerable<string> Providers() =>
        (Environment.GetEnvironmentVariable("CRM_BENCH_PROVIDERS") ?? "Sqlite,Postgres").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string SqliteFolder(string name) => Path.Combine(Path.GetTempPath(), "crm-bench", name);

    public static string PostgresConnectionString(string name) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = "crm_bench_" + name }.ConnectionString;

    private static string AdminConnectionString => Environment.GetEnvironmentVariable("CRM_TEST_POSTGRES")
        ?? throw new InvalidOperationException("The PostgreSQL benchmarks need CRM_TEST_POSTGRES (see .ci/setup.d/postgres.sh).");

    /// <summary>Opens (creating when missing, or from scratch when <paramref name="fresh"/>) the named database.</summary>
    public static async Task<BenchmarkDatabase> OpenAsync(string provider, string name, bool fresh)
    {
        var settings = new Dictionary<string, string?> { ["Crm:Database:Provider"] = provider };
        if (provider == "Sqlite")
        {
            if (fresh && Directory.Exists(SqliteFolder(name)))
            {
                // Pooled connections would keep writing to the deleted file.
                SqliteConnection.ClearAllPools();
                Directory.Delete(SqliteFolder(name), recursive: true);
            }

            settings["Crm:DataDirectory"] = SqliteFolder(name);
        }
        else
        {
            await using var admin = new NpgsqlConnection(AdminConnectionString);
            await admin.OpenAsync();
            var database = "crm_bench_" + name;
            if (fresh)
            {
                await new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin).ExecuteNonQueryAsync();
            }

            if (await new NpgsqlCommand($"SELECT 1 FROM pg_database WHERE datname = '{database}'", admin).ExecuteScalarAsync() is null)
            {
                await new NpgsqlCommand($"CREATE DATABASE \"{database}\"", admin).ExecuteNonQueryAsync();
            }

            settings["ConnectionStrings:Crm"] = PostgresConnectionString(name);
        }

        var services = new ServiceCollection().AddLogging();
        services.AddCrmPersistence(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        var builder = new ContainerBuilder();
        builder.Populate(services);
        var container = builder.Build();
        await container.Resolve<DatabaseInitializer>().EnsureInitializedAsync(CancellationToken.None);
        var module = new InteractionsModule();
        var scope = container.BeginLifetimeScope(module.ConfigureServices);
        foreach (var step in container.Resolve<IEnumerable<IModuleActivationStep>>().OrderBy(s => s.Order))
        {
            await step.ActivateAsync(new ActiveModule(module, scope, IsPlugin: false), CancellationToken.None);
        }

        return new BenchmarkDatabase(provider, name, container, scope);
    }

    public async ValueTask DisposeAsync()
    {
        await _module.DisposeAsync();
        await _container.DisposeAsync();
    }

    private sealed class InteractionsModule : ICrmModule
    {
        public ModuleManifest Manifest { get; } = new(InteractionsDbContext.BenchmarkModuleId, "Interactions (benchmark)", new SemanticVersion(1, 0, 0));

        public void ConfigureServices(ContainerBuilder builder) => builder.AddModuleDbContext<InteractionsDbContext>(Manifest.Id);

        public void ConfigureSchema(Crm.Sdk.GraphQL.ISchemaBuilder schema)
        {
        }
    }
}
