using MediatR;

namespace Crm.Sdk.Contracts.WorkingNow;

/// <summary>
/// Gathers who is working with a customer right now, from every module that knows: published as a
/// notification, so each enabled module that handles it adds its items with <see cref="Add"/> (recent
/// interactions, open deals, tasks, proposed agreements) and modules that are off simply add nothing. The
/// publisher reads <see cref="Items"/> once publishing returns. A module adds only work since <see cref="Since"/>
/// or still open.
/// </summary>
/// <example>
/// <code>
/// var collect = new CollectWorkingNow(customerId, now.AddDays(-14));
/// await mediator.Publish(collect, cancellationToken);
/// var items = collect.Items;
/// </code>
/// </example>
/// <param name="CustomerId">The customer asked about.</param>
/// <param name="Since">Finished work older than this does not count as "now".</param>
public sealed record CollectWorkingNow(Guid CustomerId, DateTimeOffset Since) : INotification
{
    // Handlers of one publish run one after another, but a module may add from parallel work of its own.
    private readonly Lock _gate = new();
    private readonly List<WorkingNowItem> _items = [];

    /// <summary>Adds one item; safe to call from several threads.</summary>
    public void Add(WorkingNowItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (_gate)
        {
            _items.Add(item);
        }
    }

    /// <summary>Everything added so far, newest first.</summary>
    public IReadOnlyList<WorkingNowItem> Items
    {
        get
        {
            lock (_gate)
            {
                return _items.OrderByDescending(i => i.At).ToList();
            }
        }
    }
}
