using Microsoft.Data.SqlClient;

namespace Crm.Host.Tests.Persistence.Support;

/// <summary>The SQL Server the tests may use, named by the environment; none runs in this project's CI.</summary>
internal static class SqlServerInstance
{
    public const string Variable = "CRM_TEST_SQLSERVER";

    public const string SkipReason =
        "SQL Server tests need a server: set CRM_TEST_SQLSERVER to a connection string of a login that may create databases " +
        "(e.g. \"Server=127.0.0.1,1433;User Id=sa;Password=...;TrustServerCertificate=True\").";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new SqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new SqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
