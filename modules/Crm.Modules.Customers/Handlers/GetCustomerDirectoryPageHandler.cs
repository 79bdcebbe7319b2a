using Crm.Modules.Customers.Storage;
using Crm.Sdk.Contracts.Customers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Customers.Handlers;

/// <summary>Answers <see cref="GetCustomerDirectoryPage"/>: customers in id order after a given id (primary key range scan).</summary>
internal sealed class GetCustomerDirectoryPageHandler(CustomersDbContext db) : IRequestHandler<GetCustomerDirectoryPage, IReadOnlyList<CustomerSummary>>
{
    public async Task<IReadOnlyList<CustomerSummary>> Handle(GetCustomerDirectoryPage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Take is < 1 or > GetCustomerDirectoryPage.MaxTake)
        {
            throw new ArgumentOutOfRangeException(nameof(request), $"Take must be 1 to {GetCustomerDirectoryPage.MaxTake}; got {request.Take}.");
        }

        var query = db.Customers.AsNoTracking();
        if (request.After is { } after)
        {
            query = query.Where(c => c.Id.CompareTo(after) > 0);
        }

        var rows = await query.OrderBy(c => c.Id).Take(request.Take)
            .Select(c => new { c.Id, c.Name, c.ManagerId, c.ArchivedAt, c.CreatedAt })
            .ToListAsync(cancellationToken);
        return rows.Select(c => new CustomerSummary(c.Id, c.Name, c.ManagerId, c.ArchivedAt != null, new DateTimeOffset(c.CreatedAt, TimeSpan.Zero))).ToList();
    }
}
