using Crm.Modules.Interactions.Storage;
using Crm.Sdk.Contracts.Interactions;
using Crm.Sdk.Contracts.WorkingNow;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Interactions.Handlers;

/// <summary>
/// Contributes to <see cref="CollectWorkingNow"/> each colleague's latest contact with the customer since the
/// given moment: whoever called or met the client lately is "working with" it.
/// </summary>
internal sealed class CollectWorkingNowHandler(InteractionsDbContext db) : INotificationHandler<CollectWorkingNow>
{
    /// <summary>Recent entries read at most; enough to find every active colleague without reading a heavy history.</summary>
    private const int RecentLimit = 200;

    public async Task Handle(CollectWorkingNow notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var since = notification.Since.UtcDateTime;
        var recent = await db.Interactions.AsNoTracking()
            .Where(i => i.CustomerId == notification.CustomerId && i.OccurredAt >= since)
            .OrderByDescending(i => i.OccurredAt).ThenByDescending(i => i.Id)
            .Take(RecentLimit)
            .ToListAsync(cancellationToken);
        foreach (var latest in recent.GroupBy(i => i.RecordedBy).Select(g => g.First()))
        {
            notification.Add(new WorkingNowItem(
                latest.RecordedBy,
                latest.Kind,
                latest.Subject,
                new DateTimeOffset(latest.OccurredAt, TimeSpan.Zero),
                InteractionsModule.Id,
                new InteractionReference("Interaction", latest.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }
    }
}
