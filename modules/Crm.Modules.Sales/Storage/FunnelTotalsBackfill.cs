using Crm.Sdk.Persistence;

namespace Crm.Modules.Sales.Storage;

/// <summary>
/// The one statement that fills the funnel roll-up from the opportunities as they are, for the migration that
/// introduces it (and for tools that load opportunities in bulk, bypassing the context). The day and the exact
/// hundredths are computed by each provider's own functions.
/// </summary>
public static class FunnelTotalsBackfill
{
    /// <param name="provider">The EF Core provider name (<c>MigrationBuilder.ActiveProvider</c> or <c>Database.ProviderName</c>).</param>
    /// <param name="storage">Where the module's tables live.</param>
    public static string Sql(string? provider, ModuleStorage storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var (day, hundredths) = provider switch
        {
            not null when provider.Contains("Npgsql", StringComparison.Ordinal) =>
                ("CAST((\"CreatedAt\" AT TIME ZONE 'UTC') AS date)", "CAST(ROUND(\"Amount\" * 100) AS bigint)"),
            not null when provider.Contains("SqlServer", StringComparison.Ordinal) =>
                ("CAST(\"CreatedAt\" AS date)", "CAST(ROUND(\"Amount\" * 100, 0) AS bigint)"),
            // SQLite keeps date-times as 'yyyy-MM-dd HH:mm:ss…' text and decimals as text.
            _ => ("substr(\"CreatedAt\", 1, 10)", "CAST(ROUND(CAST(\"Amount\" AS REAL) * 100) AS INTEGER)"),
        };
        var keys = $"\"FunnelId\", {day}, \"StageId\", \"OwnerId\", \"Currency\", \"FurthestPosition\", COALESCE(\"LossReasonCode\", '')";
        return $"INSERT INTO {storage.QuotedTable("funnel_day_totals")} (\"FunnelId\", \"Day\", \"StageId\", \"OwnerId\", \"Currency\", \"FurthestPosition\", \"LossReasonCode\", \"OpportunityCount\", \"AmountHundredths\") " +
            $"SELECT {keys}, COUNT(*), SUM({hundredths}) FROM {storage.QuotedTable("opportunities")} GROUP BY {keys}";
    }
}
