using Crm.Modules.Tasks.Domain;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Customers;

namespace Crm.Modules.Tasks.UseCases;

/// <summary>The checks of a planned activity that need no database of this module: text, kind and client.</summary>
internal static class ActivityValidator
{
    public const int MaxTitle = 300;
    public const int MaxNotes = 4000;

    public static List<ContractError> Validate(ActivityInput input, CustomerSummary? customer)
    {
        var errors = new List<ContractError>();
        if (customer is null)
        {
            errors.Add(new ContractError(ContractErrorCodes.NotFound, $"No customer has the id {input.CustomerId:N}.", "customerId"));
        }
        else if (customer.IsArchived)
        {
            errors.Add(new ContractError(ContractErrorCodes.CustomerArchived, $"{customer.Name} is archived: plan no new work with it.", "customerId"));
        }

        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(new ContractError(ContractErrorCodes.InvalidInput, "kind must be CALL, MEETING or TODO.", "kind"));
        }

        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Trim().Length > MaxTitle)
        {
            errors.Add(new ContractError(ContractErrorCodes.InvalidInput, $"title must be 1 to {MaxTitle} characters.", "title"));
        }

        if (input.Notes is { Length: > MaxNotes })
        {
            errors.Add(new ContractError(ContractErrorCodes.InvalidInput, $"notes must be at most {MaxNotes} characters.", "notes"));
        }

        return errors;
    }
}
