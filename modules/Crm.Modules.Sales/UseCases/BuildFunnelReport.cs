using Crm.Modules.Sales.Domain;
using Crm.Modules.Sales.Storage;
using Crm.Sdk.Contracts;
using Crm.Sdk.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Sales.UseCases;

/// <summary>
/// The funnel report: opportunities of the funnel created in the period (and within the caller's record access)
/// grouped by stage, owner, currency, furthest position and loss reason. Whole UTC days of the period are read from
/// the roll-up (<see cref="FunnelDayTotal"/>, a few rows per day), and only the partial days at its edges, if any,
/// from the opportunities themselves; so the report costs the same over a million opportunities as over a thousand.
/// The groups are few (stages × managers × currencies), so the per-stage, per-manager and per-reason figures fold
/// from them in memory.
/// </summary>
public sealed class BuildFunnelReport(SalesDbContext db, ICurrentUser user)
{
    public static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(3660);

    public async Task<ContractResult<FunnelReport>> HandleAsync(FunnelReportQuery query, CancellationToken cancellationToken)
    {
        if (query.To <= query.From || query.To - query.From > MaxPeriod)
        {
            return ContractResult<FunnelReport>.Failure(new ContractError(ContractErrorCodes.InvalidPeriod, "The period must end after it starts and span at most ten years.", "to"));
        }

        var funnel = await db.Funnels.AsNoTracking().Include(f => f.Stages).FirstOrDefaultAsync(f => f.Id == query.FunnelId, cancellationToken);
        if (funnel is null)
        {
            return ContractResult<FunnelReport>.Failure(new ContractError(ContractErrorCodes.NotFound, $"No funnel has the id {query.FunnelId}.", "funnelId"));
        }

        var rows = await RowsAsync(query, cancellationToken);
        return ContractResult<FunnelReport>.Success(Fold(funnel, query, rows));
    }

    /// <summary>The report's groups: whole days from the roll-up, partial days at the edges from the opportunities.</summary>
    internal async Task<List<FunnelReportRow>> RowsAsync(FunnelReportQuery query, CancellationToken cancellationToken)
    {
        var from = query.From.UtcDateTime;
        var to = query.To.UtcDateTime;
        var firstWholeDay = from.TimeOfDay == TimeSpan.Zero ? from.Date : from.Date.AddDays(1);
        var endOfWholeDays = to.Date;
        if (firstWholeDay >= endOfWholeDays)
        {
            return await Groups(query).ToListAsync(cancellationToken);
        }

        var rows = await TotalsRowsAsync(query, DateOnly.FromDateTime(firstWholeDay), DateOnly.FromDateTime(endOfWholeDays), cancellationToken);
        if (from < firstWholeDay)
        {
            rows.AddRange(await Groups(query with { To = new DateTimeOffset(firstWholeDay, TimeSpan.Zero) }).ToListAsync(cancellationToken));
        }

        if (endOfWholeDays < to)
        {
            rows.AddRange(await Groups(query with { From = new DateTimeOffset(endOfWholeDays, TimeSpan.Zero) }).ToListAsync(cancellationToken));
        }

        return rows;
    }

    /// <summary>The roll-up's cells of the whole days [<paramref name="fromDay"/>, <paramref name="toDay"/>), summed per group in SQL.</summary>
    internal IQueryable<FunnelTotalsGroup> TotalsGroups(FunnelReportQuery query, DateOnly fromDay, DateOnly toDay)
    {
        var totals = db.FunnelDayTotals.AsNoTracking()
            .WhereAccessible(user, SalesModule.Id, t => t.OwnerId)
            .Where(t => t.FunnelId == query.FunnelId && t.Day >= fromDay && t.Day < toDay);
        if (query.OwnerId is { } owner)
        {
            totals = totals.Where(t => t.OwnerId == owner);
        }

        return totals
            .GroupBy(t => new { t.StageId, t.OwnerId, t.Currency, t.FurthestPosition, t.LossReasonCode })
            .Select(g => new FunnelTotalsGroup(g.Key.StageId, g.Key.OwnerId, g.Key.Currency, g.Key.FurthestPosition, g.Key.LossReasonCode, g.Sum(t => t.OpportunityCount), g.Sum(t => t.AmountHundredths)));
    }

    private async Task<List<FunnelReportRow>> TotalsRowsAsync(FunnelReportQuery query, DateOnly fromDay, DateOnly toDay, CancellationToken cancellationToken)
    {
        var groups = await TotalsGroups(query, fromDay, toDay).ToListAsync(cancellationToken);
        // Cells whose opportunities all moved on net to zero; they are not groups of the report.
        return groups.Where(g => g.Count != 0).Select(g => new FunnelReportRow(
            g.StageId, g.OwnerId, g.Currency, g.FurthestPosition, g.LossReasonCode.Length == 0 ? null : g.LossReasonCode, checked((int)g.Count), g.AmountHundredths / 100m)).ToList();
    }

    /// <summary>The grouped query over the opportunities themselves; internal to the tests, which check it translates on every provider.</summary>
    internal IQueryable<FunnelReportRow> Groups(FunnelReportQuery query)
    {
        var from = query.From.UtcDateTime;
        var to = query.To.UtcDateTime;
        var opportunities = db.Opportunities.AsNoTracking()
            .WhereAccessible(user, SalesModule.Id, o => o.OwnerId)
            .Where(o => o.FunnelId == query.FunnelId && o.CreatedAt >= from && o.CreatedAt < to);
        if (query.OwnerId is { } owner)
        {
            opportunities = opportunities.Where(o => o.OwnerId == owner);
        }

        return opportunities
            .GroupBy(o => new { o.StageId, o.OwnerId, o.Currency, o.FurthestPosition, o.LossReasonCode })
            .Select(g => new FunnelReportRow(g.Key.StageId, g.Key.OwnerId, g.Key.Currency, g.Key.FurthestPosition, g.Key.LossReasonCode, g.Count(), g.Sum(o => o.Amount)));
    }

    internal static FunnelReport Fold(Funnel funnel, FunnelReportQuery query, IReadOnlyList<FunnelReportRow> rows)
    {
        var stages = funnel.Stages.OrderBy(s => s.Position).ToList();
        var outcome = stages.ToDictionary(s => s.Id, s => s.Outcome);
        var lost = stages.Single(s => s.Outcome == StageOutcome.Lost);
        var figures = new List<StageFigures>();
        int? previous = null;
        foreach (var stage in stages)
        {
            var inStage = rows.Where(r => r.StageId == stage.Id).ToList();
            var reached = stage.Outcome == StageOutcome.Lost ? inStage.Sum(r => r.Count) : rows.Where(r => r.FurthestPosition >= stage.Position).Sum(r => r.Count);
            double? conversion = stage.Outcome == StageOutcome.Lost || previous is null or 0 ? null : (double)reached / previous.Value;
            figures.Add(new StageFigures(stage, inStage.Sum(r => r.Count), Money(inStage), reached, conversion));
            if (stage.Outcome != StageOutcome.Lost)
            {
                previous = reached;
            }
        }

        var managers = rows.GroupBy(r => r.OwnerId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var won = g.Where(r => outcome[r.StageId] == StageOutcome.Won).ToList();
            var wonCount = won.Sum(r => r.Count);
            var lostCount = g.Where(r => r.StageId == lost.Id).Sum(r => r.Count);
            var open = g.Where(r => outcome[r.StageId] == StageOutcome.Open).Sum(r => r.Count);
            return new ManagerFigures(g.Key, open, wonCount, lostCount, Money(won), wonCount + lostCount == 0 ? null : (double)wonCount / (wonCount + lostCount));
        }).ToList();
        var reasons = rows.Where(r => r.StageId == lost.Id && r.LossReasonCode is not null).GroupBy(r => r.LossReasonCode!)
            .Select(g => new ReasonFigures(g.Key, g.Sum(r => r.Count), Money(g)))
            .OrderByDescending(r => r.Count).ThenBy(r => r.ReasonCode, StringComparer.Ordinal).ToList();
        return new FunnelReport(funnel, query, rows.Sum(r => r.Count), figures, managers, reasons);
    }

    private static List<MoneyTotal> Money(IEnumerable<FunnelReportRow> rows) =>
        rows.GroupBy(r => r.Currency).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new MoneyTotal(g.Key, g.Sum(r => r.Amount))).ToList();
}
