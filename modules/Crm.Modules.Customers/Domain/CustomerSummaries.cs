using Crm.Sdk.Contracts.Customers;

namespace Crm.Modules.Customers.Domain;

/// <summary>Turns a customer into the summary other modules receive.</summary>
internal static class CustomerSummaries
{
    public static CustomerSummary From(Customer customer) =>
        new(customer.Id, customer.Name, customer.ManagerId, customer.IsArchived, new DateTimeOffset(customer.CreatedAt, TimeSpan.Zero));
}
