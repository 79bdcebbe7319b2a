using System.Security.Claims;
using System.Text.Json.Nodes;
using Autofac;
using Crm.Host.GraphQL;
using Crm.Host.Modules;
using Crm.Host.Tests.Http;
using Crm.Modules.Tasks.Reminders;
using Crm.Modules.Tasks.Storage;
using Crm.Modules.Tasks.Tests.Support;
using Crm.Sdk.Security;
using GraphQL;
using GraphQL.SystemTextJson;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Tasks.Tests.GraphQL;

/// <summary>
/// crm.tasks inside the real host (built-in modules, SQLite file): its schema composes with the others, its fields
/// ask for their permissions, and its reminder clock starts with the module and gives its lease back when the module
/// is disabled. Requests run through the host's executor with a principal carrying <c>crm:permission</c> claims.
/// </summary>
public sealed class TasksGraphQLTests : IAsyncLifetime
{
    private readonly TestActor _actor = new() { Id = "anna" };
    private CrmTestHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await CrmTestHost.StartAsync(configure: builder => builder.Services.AddSingleton<ICurrentUser>(_actor));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task My_day_answers_with_the_read_permission_and_is_forbidden_without_it()
    {
        var day = await ExecuteAsync("{ myDay { overdueCount dueTodayCount activities { id } followUps { id } } }", permissions: ["tasks.read"]);
        var refused = await ExecuteAsync("{ myDay { overdueCount } }", permissions: []);

        Assert.True(day["errors"] is null, day.ToJsonString() + string.Join("\n", _host.Logs.Entries.Where(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Warning).Select(e => e.Message)));
        Assert.Equal(0, day["data"]!["myDay"]!["overdueCount"]!.GetValue<int>());
        Assert.Equal("FORBIDDEN", refused["errors"]?[0]?["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Marking_someone_else_away_needs_the_manage_permission()
    {
        _actor.Permissions = new HashSet<string>(["tasks.read", "tasks.write"], StringComparer.Ordinal);
        var refused = await ExecuteAsync(
            """mutation { markAbsence(input: { userId: "boris", from: "2026-12-01T00:00:00Z", to: "2026-12-05T00:00:00Z", substituteId: "clara" }) { absence { id } errors { code } } }""",
            permissions: ["tasks.read", "tasks.write"]);
        var unknown = await ExecuteAsync(
            """mutation($a: ID!) { takeOverWork(input: { absenceId: $a }) { moved { record } errors { code } } }""",
            permissions: ["tasks.read", "tasks.write"],
            new Dictionary<string, object?> { ["a"] = Crm.Sdk.GraphQL.GlobalId.Encode("Absence", Guid.NewGuid()) });

        Assert.Equal("FORBIDDEN", refused["errors"]?[0]?["extensions"]!["code"]!.GetValue<string>());
        Assert.True(unknown["data"]?["takeOverWork"] is not null, unknown.ToJsonString());
        Assert.Equal("NOT_FOUND", unknown["data"]!["takeOverWork"]!["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_reminder_clock_runs_while_the_module_is_enabled_and_gives_the_lease_back_when_disabled()
    {
        var tasks = _host.Services.GetRequiredService<IApplicationShapeAccessor>().Current.Modules.Single(m => m.Id == TasksModule.Id);
        var holder = tasks.Scope.Resolve<ReminderService>().HolderId;
        string table;
        await using (var db = await tasks.Scope.Resolve<IDbContextFactory<TasksDbContext>>().CreateDbContextAsync())
        {
            table = db.Model.FindEntityType(typeof(Domain.Lease))!.GetTableName()!;
            for (var attempt = 0; attempt < 200 && !await db.Leases.AnyAsync(l => l.HolderId == holder && l.ExpiresAt > DateTime.UtcNow); attempt++)
            {
                await Task.Delay(50);
            }

            Assert.True(await db.Leases.AnyAsync(l => l.HolderId == holder), "the host's reminder service never claimed the lease");
        }

        await _host.DisableModuleAsync(TasksModule.Id);

        // The old shape's scopes are disposed once its requests drained, a moment after the swap.
        var expires = DateTime.MaxValue;
        for (var attempt = 0; attempt < 200 && expires > DateTime.UtcNow; attempt++)
        {
            expires = await LeaseExpiryAsync(table, holder);
            await Task.Delay(50);
        }

        Assert.True(expires <= DateTime.UtcNow, $"the lease still runs until {expires:O} after the module was disabled");
        Assert.DoesNotContain(_host.Services.GetRequiredService<IApplicationShapeAccessor>().Current.Modules, m => m.Id == TasksModule.Id);
    }

    private async Task<DateTime> LeaseExpiryAsync(string table, string holder)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_host.Root.FullName, "data", "crm.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"ExpiresAt\" FROM \"{table}\" WHERE \"HolderId\" = $holder";
        command.Parameters.AddWithValue("$holder", holder);
        var text = (string)(await command.ExecuteScalarAsync())!;
        return DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);
    }

    private async Task<JsonNode> ExecuteAsync(string query, IReadOnlyList<string> permissions, Dictionary<string, object?>? variables = null)
    {
        var identity = new ClaimsIdentity(permissions.Select(p => new Claim("crm:permission", p)).Append(new Claim(ClaimTypes.NameIdentifier, _actor.Id)), "test");
        using var scope = _host.Services.CreateScope();
        var result = await _host.Services.GetRequiredService<IGraphQLRequestExecutor>().ExecuteAsync(
            new GraphQLRequestContext(query, null, variables?.ToInputs(), null, new ClaimsPrincipal(identity), scope.ServiceProvider),
            CancellationToken.None);
        return JsonNode.Parse(new GraphQLSerializer().Serialize(result))!;
    }
}
