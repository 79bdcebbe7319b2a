using Crm.Modules.Sales.Domain;

namespace Crm.Modules.Sales.UseCases;

/// <summary>Which opportunities the report counts: of one funnel, created in [From, To), optionally of one manager.</summary>
public sealed record FunnelReportQuery(Guid FunnelId, DateTimeOffset From, DateTimeOffset To, string? OwnerId = null);

/// <summary>One group of the roll-up's cells, as summed in SQL (amount in hundredths, no loss reason as "").</summary>
public sealed record FunnelTotalsGroup(Guid StageId, string OwnerId, string Currency, int FurthestPosition, string LossReasonCode, long Count, long AmountHundredths);

/// <summary>One group of the report's rows, from the roll-up or the opportunities; everything else is folded from these in memory.</summary>
public sealed record FunnelReportRow(Guid StageId, string OwnerId, string Currency, int FurthestPosition, string? LossReasonCode, int Count, decimal Amount);

/// <summary>A sum of money in one currency (amounts in different currencies are never added up).</summary>
public sealed record MoneyTotal(string Currency, decimal Amount);

/// <summary>
/// One stage: how many opportunities are in it now and for how much; how many ever reached it; and the share of
/// those that reached the previous stage which got this far (null for the first stage and the LOST stage).
/// </summary>
public sealed record StageFigures(FunnelStage Stage, int Count, IReadOnlyList<MoneyTotal> Amounts, int Reached, double? Conversion);

/// <summary>One manager's opportunities: open, won and lost, the won amounts and the win rate of the closed ones.</summary>
public sealed record ManagerFigures(string OwnerId, int Open, int Won, int Lost, IReadOnlyList<MoneyTotal> WonAmounts, double? WinRate);

/// <summary>Lost opportunities of one catalog reason and how much they were worth.</summary>
public sealed record ReasonFigures(string ReasonCode, int Count, IReadOnlyList<MoneyTotal> Amounts);

/// <summary>The funnel report: per stage, per manager, and lost by reason, over the chosen period.</summary>
public sealed record FunnelReport(Funnel Funnel, FunnelReportQuery Query, int Total, IReadOnlyList<StageFigures> Stages, IReadOnlyList<ManagerFigures> Managers, IReadOnlyList<ReasonFigures> LossReasons);
