using Crm.Modules.Customers.Storage;
using Crm.Modules.Customers.UseCases;
using Crm.Sdk.Contracts.Seeding;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Customers.Seeding;

/// <summary>Creates the demo company's clients through the real use case (validation, audit, notifications) into an empty table.</summary>
internal sealed class SeedDemoCustomersHandler(CustomersDbContext db, CreateCustomer create) : INotificationHandler<SeedDemoData>
{
    public async Task Handle(SeedDemoData notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (await db.Customers.AnyAsync(cancellationToken))
        {
            notification.Report.Skip(CustomersModule.Id, "customers exist already; demo data goes into an empty database");
            return;
        }

        foreach (var (role, input) in DemoCustomers.All)
        {
            var result = await create.HandleAsync(input, DemoCast.Director, cancellationToken);
            var customer = result.Value;
            if (role is not null)
            {
                notification.Cast.SetCustomer(role, customer.Id);
            }
        }

        notification.Report.Add(CustomersModule.Id, "customers", DemoCustomers.All.Count);
    }
}
