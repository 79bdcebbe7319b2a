using MediatR;

namespace Crm.Sdk.Contracts.Ownership;

/// <summary>
/// Gathers the open work a user owns from every module that keeps some (planned activities, open opportunities,
/// active agreements), so a substitute sees what an absent colleague left. Published as a notification: each
/// enabled module adds its items with <see cref="Add"/>; the publisher reads <see cref="Items"/> afterwards.
/// </summary>
/// <param name="OwnerId">The user whose work is asked about.</param>
public sealed record CollectOwnedWork(string OwnerId) : INotification
{
    private readonly Lock _gate = new();
    private readonly List<OwnedWork> _items = [];

    /// <summary>Adds one item; safe to call from several threads.</summary>
    public void Add(OwnedWork item)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (_gate)
        {
            _items.Add(item);
        }
    }

    /// <summary>Everything added so far, soonest due first, undated last.</summary>
    public IReadOnlyList<OwnedWork> Items
    {
        get
        {
            lock (_gate)
            {
                return _items.OrderBy(i => i.DueAt ?? DateTimeOffset.MaxValue).ToList();
            }
        }
    }
}
