using System.Data.Common;
using System.Globalization;
using Crm.Host.Persistence.Providers;

namespace Crm.Host.Persistence;

/// <summary>
/// The reads a start needs before anything else can begin: which migrations are applied, and which modules are
/// enabled. Plain ADO.NET on a connection of the provider, because any use of an EF Core context first builds
/// that context's whole model: for the host's context 200–250 ms of CPU that every module's activation waited
/// for (docs/benchmarks.md, *Cold start*). The model is now built beside the module start-up, by the first
/// request or the first-admin check. A failure means what it means through EF Core: the provider's
/// <see cref="Crm.Sdk.Persistence.DatabaseUnavailableException"/> when the database cannot be reached.
/// </summary>
internal sealed class DirectDatabaseReads(IDatabaseProvider provider)
{
    /// <summary>Runs <paramref name="sql"/>, its interpolated values sent as parameters, and reads each row.</summary>
    public Task<List<T>> QueryAsync<T>(FormattableString sql, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sql);
        var arguments = sql.GetArguments();
        var placeholders = Enumerable.Range(0, arguments.Length).Select(ParameterName).ToArray<object?>();
        return RunAsync(string.Format(CultureInfo.InvariantCulture, sql.Format, placeholders), arguments, read, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="sql"/>, which has no parameters: for identifiers, which cannot be parameters. The caller
    /// quotes them, and they come from the host's own naming, never from a request.
    /// </summary>
    public Task<List<T>> QueryWithoutParametersAsync<T>(string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken) =>
        RunAsync(sql, [], read, cancellationToken);

    // @p0, @p1...: every provider here (Microsoft.Data.Sqlite, Npgsql, SqlClient) takes named parameters so written.
    private static string ParameterName(int index) => $"@p{index}";

    private async Task<List<T>> RunAsync<T>(string sql, object?[] arguments, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = provider.CreateConnection();
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            for (var i = 0; i < arguments.Length; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = ParameterName(i);
                parameter.Value = arguments[i] ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(read(reader));
            }

            return rows;
        }
        catch (Exception e) when (e is not OperationCanceledException && provider.Translate(e) is { } unavailable)
        {
            throw unavailable;
        }
    }
}
