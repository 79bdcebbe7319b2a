using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Crm.Benchmarks.Persistence;

/// <summary>
/// Generates interaction rows outside EF for volume: prepared batched inserts on SQLite, binary COPY on
/// PostgreSQL. Values are written exactly as EF stores them (SQLite: upper-case GUID text, ISO date text),
/// so the module's queries find them. Generation skips the audit trail; it is test data, not user writes.
/// </summary>
internal static class InteractionVolume
{
    private static readonly DateTime Start = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly string[] Channels = ["call", "email", "meeting", "chat", "visit"];

    public static Guid Customer(int index) => new(index, 0x0c57, 0x0e12, 1, 2, 3, 4, 5, 6, 7, 8);

    public static Interaction Create(int customer, int number) => new()
    {
        Id = new Guid(customer, (short)(number >> 16), (short)(number & 0xFFFF), 9, 9, 9, 9, 9, 9, 9, (byte)(number % 251)),
        CustomerId = Customer(customer),
        OccurredAt = Start.AddMinutes(number * 37L),
        Channel = Channels[number % Channels.Length],
        Summary = string.Create(CultureInfo.InvariantCulture, $"Talked about order #{number} and the next delivery window."),
        Version = 1,
    };

    public static async Task<long> CountAsync(BenchmarkDatabase database)
    {
        await using var db = database.Contexts.CreateDbContext();
        return await db.Interactions.LongCountAsync();
    }

    /// <summary>Adds <paramref name="customers"/> × <paramref name="perCustomer"/> rows, rebuilding the timeline index once at the end.</summary>
    public static async Task GenerateAsync(BenchmarkDatabase database, int customers, int perCustomer)
    {
        var (table, index) = Names(database);
        var rows = Rows(0, customers, perCustomer);
        if (database.Provider == "Sqlite")
        {
            await using var connection = new SqliteConnection($"Data Source={Path.Combine(BenchmarkDatabase.SqliteFolder(database.Name), "crm.db")};Pooling=False");
            await connection.OpenAsync();
            await ExecuteAsync(connection, $"PRAGMA synchronous = OFF; DROP INDEX IF EXISTS \"{index}\";");
            await InsertSqliteAsync(connection, table, rows, batchSize: 200_000);
            await ExecuteAsync(connection, $"CREATE INDEX \"{index}\" ON \"{table}\" (\"CustomerId\", \"OccurredAt\" DESC, \"Id\" DESC); ANALYZE;");
        }
        else
        {
            await using var connection = new NpgsqlConnection(BenchmarkDatabase.PostgresConnectionString(database.Name));
            await connection.OpenAsync();
            await ExecuteAsync(connection, $"DROP INDEX IF EXISTS bench_interactions.\"{index}\";");
            await CopyPostgresAsync(connection, table, rows);
            await ExecuteAsync(connection, $"CREATE INDEX \"{index}\" ON {table} (\"CustomerId\", \"OccurredAt\" DESC, \"Id\" DESC); ANALYZE {table};");
        }
    }

    /// <summary>The raw bulk path with normal durability: batches of <paramref name="batchSize"/> rows, one transaction each.</summary>
    public static async Task InsertRawAsync(BenchmarkDatabase database, int firstCustomer, int customers, int perCustomer, int batchSize)
    {
        var (table, _) = Names(database);
        var rows = Rows(firstCustomer, customers, perCustomer);
        if (database.Provider == "Sqlite")
        {
            await using var connection = new SqliteConnection($"Data Source={Path.Combine(BenchmarkDatabase.SqliteFolder(database.Name), "crm.db")};Pooling=False");
            await connection.OpenAsync();
            await ExecuteAsync(connection, "PRAGMA synchronous = FULL;");
            await InsertSqliteAsync(connection, table, rows, batchSize);
        }
        else
        {
            await using var connection = new NpgsqlConnection(BenchmarkDatabase.PostgresConnectionString(database.Name));
            await connection.OpenAsync();
            foreach (var batch in rows.Chunk(batchSize))
            {
                await CopyPostgresAsync(connection, table, batch);
            }
        }
    }

    private static IEnumerable<Interaction> Rows(int firstCustomer, int customers, int perCustomer)
    {
        for (var customer = firstCustomer; customer < firstCustomer + customers; customer++)
        {
            for (var number = 0; number < perCustomer; number++)
            {
                yield return Create(customer, number);
            }
        }
    }

    private static (string Table, string Index) Names(BenchmarkDatabase database)
    {
        using var db = database.Contexts.CreateDbContext();
        var storage = db.Storage;
        var table = storage.Schema is null ? storage.Table("interactions") : $"\"{storage.Schema}\".\"interactions\"";
        return (storage.Schema is null ? table : table, storage.IndexName("interactions", "CustomerId", "OccurredAt", "Id"));
    }

    private static async Task InsertSqliteAsync(SqliteConnection connection, string table, IEnumerable<Interaction> rows, int batchSize)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO \"{table}\" (\"Id\", \"CustomerId\", \"OccurredAt\", \"Channel\", \"Summary\", \"Version\") VALUES ($id, $customer, $at, $channel, $summary, 1)";
        var id = command.Parameters.Add("$id", SqliteType.Text);
        var customer = command.Parameters.Add("$customer", SqliteType.Text);
        var at = command.Parameters.Add("$at", SqliteType.Text);
        var channel = command.Parameters.Add("$channel", SqliteType.Text);
        var summary = command.Parameters.Add("$summary", SqliteType.Text);
        foreach (var batch in rows.Chunk(batchSize))
        {
            await using var transaction = connection.BeginTransaction();
            command.Transaction = transaction;
            foreach (var row in batch)
            {
                id.Value = row.Id.ToString().ToUpperInvariant();
                customer.Value = row.CustomerId.ToString().ToUpperInvariant();
                at.Value = row.OccurredAt.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
                channel.Value = row.Channel;
                summary.Value = row.Summary;
                await command.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }
    }

    private static async Task CopyPostgresAsync(NpgsqlConnection connection, string table, IEnumerable<Interaction> rows)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY {table} (\"Id\", \"CustomerId\", \"OccurredAt\", \"Channel\", \"Summary\", \"Version\") FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(row.Id, NpgsqlDbType.Uuid);
            await copy.WriteAsync(row.CustomerId, NpgsqlDbType.Uuid);
            await copy.WriteAsync(row.OccurredAt, NpgsqlDbType.TimestampTz);
            await copy.WriteAsync(row.Channel, NpgsqlDbType.Varchar);
            await copy.WriteAsync(row.Summary, NpgsqlDbType.Varchar);
            await copy.WriteAsync(1L, NpgsqlDbType.Bigint);
        }

        await copy.CompleteAsync();
    }

    private static async Task ExecuteAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }
}
