using Crm.Modules.Customers.Storage;
using Crm.Sdk.Contracts.Customers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Customers.Handlers;

/// <summary>Answers <see cref="GetCustomerSummaries"/> with one query for all ids.</summary>
internal sealed class GetCustomerSummariesHandler(CustomersDbContext db) : IRequestHandler<GetCustomerSummaries, IReadOnlyList<CustomerSummary>>
{
    public async Task<IReadOnlyList<CustomerSummary>> Handle(GetCustomerSummaries request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.CustomerIds.Count > GetCustomerSummaries.MaxIds)
        {
            throw new ArgumentException($"At most {GetCustomerSummaries.MaxIds} ids per request; got {request.CustomerIds.Count}.", nameof(request));
        }

        var ids = request.CustomerIds.Distinct().ToList();
        var rows = await db.Customers.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Name, c.ManagerId, c.ArchivedAt, c.CreatedAt })
            .ToListAsync(cancellationToken);
        return rows.Select(c => new CustomerSummary(c.Id, c.Name, c.ManagerId, c.ArchivedAt != null, new DateTimeOffset(c.CreatedAt, TimeSpan.Zero))).ToList();
    }
}
