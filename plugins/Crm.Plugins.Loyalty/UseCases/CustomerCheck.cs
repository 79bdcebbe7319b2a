using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Customers;
using MediatR;

namespace Crm.Plugins.Loyalty.UseCases;

/// <summary>Asks crm.customers whether the id names a client that can still be given things.</summary>
internal static class CustomerCheck
{
    public static async Task<ContractError?> RequireActiveAsync(IMediator mediator, Guid customerId, CancellationToken cancellationToken)
    {
        var customer = customerId == Guid.Empty ? null : (await mediator.Send(new GetCustomerSummaries([customerId]), cancellationToken)).FirstOrDefault();
        if (customer is null)
        {
            return new ContractError(ContractErrorCodes.NotFound, "No customer has this id.", "customerId");
        }

        return customer.IsArchived ? new ContractError(ContractErrorCodes.CustomerArchived, $"{customer.Name} is archived.", "customerId") : null;
    }

    public static ContractError? Percent(decimal percent, string field) =>
        percent is < 0 or > 100 ? new ContractError(ContractErrorCodes.InvalidInput, "A percentage is between 0 and 100.", field) : null;
}
