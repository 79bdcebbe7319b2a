using Crm.Sdk.Contracts;

namespace Crm.Plugins.ServiceTickets.UseCases;

/// <summary>Input checks shared by the ticket use cases, each giving a field-named INVALID_INPUT error.</summary>
internal static class TicketRules
{
    public static ContractError? Text(string? value, string field, int maxLength, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return required ? new ContractError(ContractErrorCodes.InvalidInput, $"The {field} must not be blank.", field) : null;
        }

        return value.Trim().Length > maxLength
            ? new ContractError(ContractErrorCodes.InvalidInput, $"The {field} has {value.Trim().Length} characters; at most {maxLength} are allowed.", field)
            : null;
    }
}
