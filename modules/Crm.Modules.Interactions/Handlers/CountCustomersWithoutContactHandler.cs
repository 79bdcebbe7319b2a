using Crm.Modules.Interactions.UseCases;
using Crm.Sdk.Contracts.Interactions;
using MediatR;

namespace Crm.Modules.Interactions.Handlers;

/// <summary>Answers <see cref="CountCustomersWithoutContact"/> with one COUNT over the same NOT EXISTS.</summary>
internal sealed class CountCustomersWithoutContactHandler(CustomersWithoutContact withoutContact) : IRequestHandler<CountCustomersWithoutContact, int>
{
    public Task<int> Handle(CountCustomersWithoutContact request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return withoutContact.CountAsync(new WithoutContactQuery(request.Since, 1) { Kinds = request.Kinds, ManagerId = request.ManagerId }, cancellationToken);
    }
}
