using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Customers;
using Crm.Sdk.Contracts.Users;
using MediatR;

namespace Crm.Modules.Sales.UseCases;

/// <summary>The checks that ask other modules: does the client exist (and is not archived), is the owner an active user.</summary>
internal static class Checks
{
    public static async Task<ContractError?> CustomerAsync(IMediator mediator, Guid customerId, string field, CancellationToken cancellationToken)
    {
        var customer = (await mediator.Send(new GetCustomerSummaries([customerId]), cancellationToken)).FirstOrDefault();
        return customer switch
        {
            null => new ContractError(ContractErrorCodes.NotFound, $"No customer has the id {customerId}.", field),
            { IsArchived: true } => new ContractError(ContractErrorCodes.CustomerArchived, $"'{customer.Name}' is archived; open no new deals with it.", field),
            _ => null,
        };
    }

    public static async Task<ContractError?> OwnerAsync(IMediator mediator, string? ownerId, string field, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(ownerId) || ownerId.Length > 100)
        {
            return new ContractError(SalesErrorCodes.UnknownOwner, "An owner (a user id) is required.", field);
        }

        var user = (await mediator.Send(new GetUsers([ownerId]), cancellationToken)).FirstOrDefault(u => u.Id == ownerId);
        return user switch
        {
            null => new ContractError(SalesErrorCodes.UnknownOwner, $"No user has the id '{ownerId}'.", field),
            { IsActive: false } => new ContractError(SalesErrorCodes.UnknownOwner, $"'{user.DisplayName}' is deactivated and cannot own work.", field),
            _ => null,
        };
    }

    public static ContractError? Currency(string? currency, string field) =>
        currency is { Length: 3 } && currency.All(char.IsAsciiLetterUpper)
            ? null
            : new ContractError(ContractErrorCodes.InvalidInput, "A currency is three capital letters (ISO 4217), e.g. RUB or EUR.", field);

    public static ContractError? Text(string? text, int max, string field, string what) =>
        string.IsNullOrWhiteSpace(text) || text.Length > max
            ? new ContractError(ContractErrorCodes.InvalidInput, $"{what} must have 1 to {max} characters.", field)
            : null;
}
