using Crm.Modules.Customers.Domain;
using Crm.Modules.Customers.UseCases;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Customers;
using MediatR;
using CreateCustomerRequest = Crm.Sdk.Contracts.Customers.CreateCustomer;
using CreateCustomerUseCase = Crm.Modules.Customers.UseCases.CreateCustomer;

namespace Crm.Modules.Customers.Handlers;

/// <summary>Answers the <see cref="CreateCustomerRequest"/> contract through the module's own create use case (same validation).</summary>
internal sealed class CreateCustomerHandler(CreateCustomerUseCase create) : IRequestHandler<CreateCustomerRequest, ContractResult<CustomerSummary>>
{
    public async Task<ContractResult<CustomerSummary>> Handle(CreateCustomerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var input = new CustomerInput
        {
            Kind = request.IsPerson ? CustomerKind.Person : CustomerKind.Company,
            Name = request.Name,
            Phones = request.Phone is null ? [] : [request.Phone],
            Emails = request.Email is null ? [] : [request.Email],
            Source = request.Source,
            ManagerId = request.ManagerId,
        };
        var result = await create.HandleAsync(input, request.CreatedBy, cancellationToken);
        return result.Succeeded
            ? ContractResult<CustomerSummary>.Success(CustomerSummaries.From(result.Value))
            : ContractResult<CustomerSummary>.Failure(result.Errors);
    }
}
