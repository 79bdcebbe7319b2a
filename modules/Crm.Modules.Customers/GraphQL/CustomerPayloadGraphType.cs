using Crm.Modules.Customers.Domain;
using Crm.Sdk.Contracts;
using Crm.Sdk.GraphQL;

namespace Crm.Modules.Customers.GraphQL;

/// <summary>The payload of every customer mutation: the customer as saved, or the errors (nothing saved).</summary>
public sealed record CustomerPayload(Customer? Customer, IReadOnlyList<IUserError> Errors) : IPayload
{
    public static CustomerPayload From(ContractResult<Customer> result) =>
        result.Succeeded ? new(result.Value, []) : new(null, result.Errors.ToUserErrors());
}

public sealed class CustomerPayloadGraphType : PayloadGraphType<CustomerPayload>
{
    public CustomerPayloadGraphType()
    {
        Name = "CustomerPayload";
        Field<CustomerGraphType>("customer").Resolve(c => c.Source.Customer).ResolvesWithoutServices();
    }
}
