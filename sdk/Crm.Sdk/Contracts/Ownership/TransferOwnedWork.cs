using Crm.Sdk.Contracts.Interactions;
using MediatR;

namespace Crm.Sdk.Contracts.Ownership;

/// <summary>
/// Hands records from one owner to another (a substitute taking over). Published as a notification: each module
/// moves the records of <see cref="Records"/> it keeps (matched by type name) that <see cref="FromOwnerId"/> still
/// owns, audits the change in its own transaction, and reports each moved record with <see cref="Transferred"/>.
/// A record that is not the module's, or no longer the old owner's, is left alone and not reported.
/// </summary>
/// <param name="FromOwnerId">The current owner.</param>
/// <param name="ToOwnerId">The new owner.</param>
/// <param name="Records">The records to move.</param>
public sealed record TransferOwnedWork(string FromOwnerId, string ToOwnerId, IReadOnlyList<InteractionReference> Records) : INotification
{
    private readonly Lock _gate = new();
    private readonly List<InteractionReference> _moved = [];

    /// <summary>Reports one record as moved; safe to call from several threads.</summary>
    public void Transferred(InteractionReference record)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_gate)
        {
            _moved.Add(record);
        }
    }

    /// <summary>The records moved so far.</summary>
    public IReadOnlyList<InteractionReference> Moved
    {
        get
        {
            lock (_gate)
            {
                return _moved.ToList();
            }
        }
    }
}
