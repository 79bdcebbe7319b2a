using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Crm.Modules.Sales.Storage;

/// <summary>
/// Adds a save's deltas to the funnel roll-up with one atomic upsert per batch of cells: <c>INSERT … ON CONFLICT
/// DO UPDATE</c> on PostgreSQL and SQLite, <c>MERGE … WITH (HOLDLOCK)</c> on SQL Server. Each cell is incremented in
/// the database (<c>count = count + delta</c>), never read and written back, so concurrent saves touching the same
/// cell both count.
/// </summary>
internal static class FunnelTotalsWriter
{
    // Nine values per cell; stays well under every provider's parameter limit (SQLite's 32,766, SQL Server's 2,100).
    internal const int CellsPerStatement = 100;

    private static readonly string[] KeyColumns =
    [
        nameof(FunnelDayTotal.FunnelId), nameof(FunnelDayTotal.Day), nameof(FunnelDayTotal.StageId), nameof(FunnelDayTotal.OwnerId),
        nameof(FunnelDayTotal.Currency), nameof(FunnelDayTotal.FurthestPosition), nameof(FunnelDayTotal.LossReasonCode),
    ];

    private static readonly string[] ValueColumns = [nameof(FunnelDayTotal.OpportunityCount), nameof(FunnelDayTotal.AmountHundredths)];

    public static async Task WriteAsync(DbContext db, IReadOnlyDictionary<FunnelTotalsDelta.Cell, (long Count, long AmountHundredths)> deltas, CancellationToken cancellationToken)
    {
        foreach (var (statement, parameters) in Statements(db, deltas))
        {
            await db.Database.ExecuteSqlRawAsync(statement, parameters, cancellationToken);
        }
    }

    /// <summary>The upserts for <paramref name="deltas"/> in the provider's dialect, at most <see cref="CellsPerStatement"/> cells each.</summary>
    internal static IEnumerable<(string Sql, List<object> Parameters)> Statements(DbContext db, IReadOnlyDictionary<FunnelTotalsDelta.Cell, (long Count, long AmountHundredths)> deltas)
    {
        var entity = db.Model.FindEntityType(typeof(FunnelDayTotal)) ?? throw new InvalidOperationException("FunnelDayTotal is not in the sales model.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        var sqlServer = db.Database.ProviderName?.Contains("SqlServer", StringComparison.Ordinal) == true;
        foreach (var batch in deltas.Chunk(CellsPerStatement))
        {
            var parameters = new List<object>(batch.Length * 9);
            var rows = new List<string>(batch.Length);
            foreach (var (cell, (count, amount)) in batch)
            {
                var first = parameters.Count;
                parameters.AddRange([cell.FunnelId, cell.Day, cell.StageId, cell.OwnerId, cell.Currency, cell.FurthestPosition, cell.LossReasonCode, count, amount]);
                rows.Add("(" + string.Join(", ", Enumerable.Range(first, 9).Select(i => "{" + i.ToString(CultureInfo.InvariantCulture) + "}")) + ")");
            }

            yield return (sqlServer ? Merge(sql, table, rows) : InsertOnConflict(sql, table, rows), parameters);
        }
    }

    private static string InsertOnConflict(ISqlGenerationHelper sql, string table, List<string> rows)
    {
        var columns = KeyColumns.Concat(ValueColumns).Select(c => sql.DelimitIdentifier(c)).ToList();
        var text = new StringBuilder()
            .Append("INSERT INTO ").Append(table).Append(" (").AppendJoin(", ", columns).Append(") VALUES ")
            .AppendJoin(", ", rows)
            .Append(" ON CONFLICT (").AppendJoin(", ", KeyColumns.Select(c => sql.DelimitIdentifier(c))).Append(") DO UPDATE SET ")
            .AppendJoin(", ", ValueColumns.Select(c => $"{sql.DelimitIdentifier(c)} = {table}.{sql.DelimitIdentifier(c)} + excluded.{sql.DelimitIdentifier(c)}"));
        return text.ToString();
    }

    private static string Merge(ISqlGenerationHelper sql, string table, List<string> rows)
    {
        var all = KeyColumns.Concat(ValueColumns).Select(c => sql.DelimitIdentifier(c)).ToList();
        // HOLDLOCK: without it two sessions can both miss the row and both insert (a key violation) under MERGE.
        var text = new StringBuilder()
            .Append("MERGE ").Append(table).Append(" WITH (HOLDLOCK) AS t USING (VALUES ").AppendJoin(", ", rows)
            .Append(") AS s (").AppendJoin(", ", all).Append(") ON ")
            .AppendJoin(" AND ", KeyColumns.Select(c => $"t.{sql.DelimitIdentifier(c)} = s.{sql.DelimitIdentifier(c)}"))
            .Append(" WHEN MATCHED THEN UPDATE SET ")
            .AppendJoin(", ", ValueColumns.Select(c => $"t.{sql.DelimitIdentifier(c)} = t.{sql.DelimitIdentifier(c)} + s.{sql.DelimitIdentifier(c)}"))
            .Append(" WHEN NOT MATCHED THEN INSERT (").AppendJoin(", ", all).Append(") VALUES (")
            .AppendJoin(", ", all.Select(c => "s." + c)).Append(");");
        return text.ToString();
    }
}
