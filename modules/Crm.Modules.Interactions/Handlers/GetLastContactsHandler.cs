using Crm.Modules.Interactions.Storage;
using Crm.Sdk.Contracts.Interactions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Interactions.Handlers;

/// <summary>Answers <see cref="GetLastContacts"/> from the last-contact figures: one query, at most one row per customer and kind.</summary>
internal sealed class GetLastContactsHandler(InteractionsDbContext db) : IRequestHandler<GetLastContacts, IReadOnlyDictionary<Guid, LastContact>>
{
    public async Task<IReadOnlyDictionary<Guid, LastContact>> Handle(GetLastContacts request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.CustomerIds.Count > GetLastContacts.MaxIds)
        {
            throw new ArgumentException($"At most {GetLastContacts.MaxIds} ids per request; got {request.CustomerIds.Count}.", nameof(request));
        }

        var ids = request.CustomerIds.Distinct().ToList();
        var query = db.LastContacts.AsNoTracking().Where(l => ids.Contains(l.CustomerId));
        if (request.Kinds is { Count: > 0 } kinds)
        {
            var kindList = kinds.ToList();
            query = query.Where(l => kindList.Contains(l.Kind));
        }

        var rows = await query.ToListAsync(cancellationToken);
        return rows
            .GroupBy(r => r.CustomerId)
            .Select(g => g.OrderByDescending(r => r.LastAt).ThenByDescending(r => r.InteractionId).First())
            .ToDictionary(r => r.CustomerId, r => new LastContact(r.CustomerId, r.Kind, new DateTimeOffset(r.LastAt, TimeSpan.Zero), r.InteractionId));
    }
}
