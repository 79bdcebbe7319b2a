using Crm.Sdk.GraphQL.Connections;
using Crm.Modules.Interactions.UseCases;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Interactions;
using MediatR;

namespace Crm.Modules.Interactions.Handlers;

/// <summary>Answers <see cref="GetCustomersWithoutContact"/> with <see cref="CustomersWithoutContact"/>.</summary>
internal sealed class GetCustomersWithoutContactHandler(CustomersWithoutContact withoutContact)
    : IRequestHandler<GetCustomersWithoutContact, ContractResult<CustomersWithoutContactPage>>
{
    public async Task<ContractResult<CustomersWithoutContactPage>> Handle(GetCustomersWithoutContact request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new WithoutContactQuery(request.Since, request.First) { Kinds = request.Kinds, ManagerId = request.ManagerId, After = request.After };
        var result = await withoutContact.HandleAsync(query, cancellationToken);
        if (!result.Succeeded)
        {
            return ContractResult<CustomersWithoutContactPage>.Failure(result.Errors);
        }

        var items = result.Value.Items.Select(k => new CustomerWithoutContact(k.CustomerId, KeysetCursor.Encode(k.NameKey, k.CustomerId))).ToList();
        return ContractResult<CustomersWithoutContactPage>.Success(new CustomersWithoutContactPage(items, result.Value.HasNextPage));
    }
}
