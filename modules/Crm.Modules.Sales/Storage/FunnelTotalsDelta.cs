using Crm.Modules.Sales.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Crm.Modules.Sales.Storage;

/// <summary>
/// What one save changes in the funnel roll-up: each added opportunity adds one to its cell, each deleted one
/// takes one away, and a modified one moves from the cell of its original values to the cell of its current ones
/// (a stage move, a loss, an owner change, a new amount). Cells that net to nothing are dropped.
/// </summary>
internal static class FunnelTotalsDelta
{
    public readonly record struct Cell(Guid FunnelId, DateOnly Day, Guid StageId, string OwnerId, string Currency, int FurthestPosition, string LossReasonCode);

    public static IReadOnlyDictionary<Cell, (long Count, long AmountHundredths)> Capture(ChangeTracker tracker)
    {
        var deltas = new Dictionary<Cell, (long Count, long AmountHundredths)>();
        foreach (var entry in tracker.Entries<Opportunity>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    Add(deltas, entry.CurrentValues, +1);
                    break;
                case EntityState.Deleted:
                    Add(deltas, entry.OriginalValues, -1);
                    break;
                case EntityState.Modified:
                    Add(deltas, entry.OriginalValues, -1);
                    Add(deltas, entry.CurrentValues, +1);
                    break;
            }
        }

        return deltas.Where(d => d.Value != (0, 0)).ToDictionary(d => d.Key, d => d.Value);
    }

    /// <summary>Amounts carry two decimals (numeric(18,2)); the roll-up keeps them as exact hundredths.</summary>
    public static long Hundredths(decimal amount) => (long)decimal.Round(amount * 100m, MidpointRounding.AwayFromZero);

    private static void Add(Dictionary<Cell, (long Count, long AmountHundredths)> deltas, PropertyValues values, int sign)
    {
        var created = values.GetValue<DateTime>(nameof(Opportunity.CreatedAt));
        var cell = new Cell(
            values.GetValue<Guid>(nameof(Opportunity.FunnelId)),
            DateOnly.FromDateTime(created),
            values.GetValue<Guid>(nameof(Opportunity.StageId)),
            values.GetValue<string>(nameof(Opportunity.OwnerId)),
            values.GetValue<string>(nameof(Opportunity.Currency)),
            values.GetValue<int>(nameof(Opportunity.FurthestPosition)),
            values.GetValue<string?>(nameof(Opportunity.LossReasonCode)) ?? "");
        var amount = Hundredths(values.GetValue<decimal>(nameof(Opportunity.Amount)));
        deltas.TryGetValue(cell, out var current);
        deltas[cell] = (current.Count + sign, current.AmountHundredths + (sign * amount));
    }
}
