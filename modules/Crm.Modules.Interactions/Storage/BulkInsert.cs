using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Crm.Modules.Interactions.Storage;

/// <summary>
/// Multi-row INSERT for volume seeding, bypassing the change tracker (and so the per-record audit): one statement
/// per chunk of rows, parameters made by the provider's own type mappings so Guids and dates are stored exactly as
/// EF stores them, table and column names taken from the model (prefix or schema included).
/// </summary>
internal static class BulkInsert
{
    /// <summary>
    /// Parameters per statement. Microsoft.Data.Sqlite finds each parameter by name in a list, so binding costs
    /// grow with the square of the count: about a thousand keeps statements few and binding cheap.
    /// </summary>
    private const int MaxParameters = 1_000;

    public static async Task WriteAsync<TEntity>(DbContext db, IReadOnlyList<string> properties, IReadOnlyList<object?[]> rows, string? suffix, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(TEntity))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = properties.Select(p => entity.FindProperty(p)!).ToList();
        var mappings = columns.Select(c => (RelationalTypeMapping)c.GetRelationalTypeMapping()).ToList();
        var name = table.Schema is { } schema ? $"{Quote(schema)}.{Quote(table.Name)}" : Quote(table.Name);
        var header = $"INSERT INTO {name} ({string.Join(", ", columns.Select(c => Quote(c.GetColumnName(table)!)))}) VALUES ";
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var perStatement = Math.Max(1, MaxParameters / columns.Count);
        for (var start = 0; start < rows.Count; start += perStatement)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var sql = new StringBuilder(header);
            var end = Math.Min(rows.Count, start + perStatement);
            for (var r = start; r < end; r++)
            {
                sql.Append(r == start ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    var parameter = $"@p{r - start}_{c}";
                    sql.Append(c == 0 ? parameter : ", " + parameter);
                    // The mapping applies its value converter (enums to strings) and provider specifics itself.
                    command.Parameters.Add(mappings[c].CreateParameter(command, parameter, rows[r][c]));
                }

                sql.Append(')');
            }

            sql.Append(suffix);
            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    /// <summary>The quoted, schema-qualified name of <typeparamref name="TEntity"/>'s table and a quoter of its columns.</summary>
    public static (string Table, Func<string, string> Column) Names<TEntity>(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(TEntity))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var name = table.Schema is { } schema ? $"{Quote(schema)}.{Quote(table.Name)}" : Quote(table.Name);
        return (name, property => Quote(entity.FindProperty(property)!.GetColumnName(table)!));
    }
}
