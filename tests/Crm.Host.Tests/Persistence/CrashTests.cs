using System.Diagnostics;
using System.Globalization;
using Crm.Host.Tests.Persistence.Support;
using Crm.Persistence.CrashWriter;

namespace Crm.Host.Tests.Persistence;

/// <summary>
/// A burst of writes from a child process, killed with SIGKILL in the middle: after reopening, every write it
/// acknowledged is there, whole, with its audit entries, and no write is half there.
/// </summary>
public sealed class CrashTests
{
    private const int AcknowledgementsBeforeKill = 100;

    [Theory, OnSqlite, OnPostgres, OnSqlServer]
    public async Task Every_acknowledged_write_survives_a_SIGKILL_and_none_is_half_written(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var target = kind == DatabaseKind.Sqlite ? database.DataDirectory! : database.ConnectionString!;

        var acknowledged = await RunWriterUntilKilledAsync(kind.ToString(), target);

        var rows = await ReadLedgerAsync(database);
        Assert.True(acknowledged.Count >= AcknowledgementsBeforeKill, $"the writer acknowledged only {acknowledged.Count} writes");
        Assert.All(acknowledged, sequence => Assert.True(rows.ContainsKey(sequence), $"acknowledged write {sequence} is missing"));
        Assert.All(rows, row => Assert.Equal(
            [("a", LedgerEntry.PayloadFor(row.Key, "a")), ("b", LedgerEntry.PayloadFor(row.Key, "b"))],
            row.Value.OrderBy(e => e.Half, StringComparer.Ordinal)));
        var audited = Convert.ToInt64(
            await database.ScalarAsync($"SELECT COUNT(*) FROM {database.QuotedTable("crm.host", "audit_entries")} WHERE \"ModuleId\" = 'test.ledger'"),
            CultureInfo.InvariantCulture);
        Assert.Equal(rows.Count * 2, audited);
    }

    private static async Task<List<int>> RunWriterUntilKilledAsync(string provider, string target)
    {
        var directory = AppContext.BaseDirectory;
        var start = new ProcessStartInfo(DotnetPath())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList =
            {
                "exec",
                "--runtimeconfig", Path.Combine(directory, "Crm.Host.Tests.runtimeconfig.json"),
                "--depsfile", Path.Combine(directory, "Crm.Host.Tests.deps.json"),
                Path.Combine(directory, "Crm.Persistence.CrashWriter.dll"),
                provider,
                target,
            },
        };
        using var writer = Process.Start(start)!;
        var errors = writer.StandardError.ReadToEndAsync();
        var acknowledged = new List<int>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            while (acknowledged.Count < AcknowledgementsBeforeKill && await writer.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
                {
                    acknowledged.Add(sequence);
                }
            }
        }
        finally
        {
            // Process.Kill is SIGKILL on Unix: no finally blocks, no flushing, no goodbye.
            writer.Kill();
            await writer.WaitForExitAsync(CancellationToken.None);
        }

        Assert.True(acknowledged.Count > 0, $"the writer never acknowledged a write: {await errors}");
        return acknowledged;
    }

    private static async Task<Dictionary<int, List<(string Half, string Payload)>>> ReadLedgerAsync(TestDatabase database)
    {
        await using var connection = database.OpenRawConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"Sequence\", \"Half\", \"Payload\" FROM {database.QuotedTable("test.ledger", "entries")}";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new Dictionary<int, List<(string, string)>>();
        while (await reader.ReadAsync())
        {
            var sequence = reader.GetInt32(0);
            if (!rows.TryGetValue(sequence, out var halves))
            {
                rows[sequence] = halves = [];
            }

            halves.Add((reader.GetString(1), reader.GetString(2)));
        }

        return rows;
    }

    private static string DotnetPath() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
}
