using Autofac;
using Crm.Host.Tests.Persistence.Support;
using Crm.Modules.Agreements.Storage;
using Crm.Modules.Tasks.Storage;
using Crm.Modules.Tasks.Tests.Support;
using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Tasks.Tests.Storage;

/// <summary>The hand-written migration of crm.tasks, applied to an empty database, gives exactly the tables and indexes the model expects.</summary>
public sealed class TasksMigrationsTests
{
    [Fact]
    public Task Sqlite_schema_equals_the_model() => SchemaEqualsModelAsync(postgres: false);

    [PostgresFact]
    public Task Postgres_schema_equals_the_model() => SchemaEqualsModelAsync(postgres: true);

    private static async Task SchemaEqualsModelAsync(bool postgres)
    {
        await using var harness = await TasksHarness.StartAsync(postgres);
        await using var scope = harness.BeginRequest();
        foreach (ModuleDbContext context in new ModuleDbContext[] { scope.Resolve<TasksDbContext>(), scope.Resolve<AgreementsDbContext>() })
        {
            Assert.Empty(await context.Database.GetPendingMigrationsAsync());
            var differences = SchemaComparison.Differences(context);
            Assert.True(differences.Count == 0, string.Join("\n", differences));
        }
    }
}
