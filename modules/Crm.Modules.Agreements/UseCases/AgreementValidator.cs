using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Agreements;
using Crm.Sdk.Contracts.Customers;

namespace Crm.Modules.Agreements.UseCases;

/// <summary>Checks an <see cref="AgreementInput"/> completely: the customer, the texts, the periods of the agreement and its claims.</summary>
internal static class AgreementValidator
{
    public const int MaxClaims = 20;

    public static List<ContractError> Validate(AgreementInput input, CustomerSummary? customer)
    {
        var errors = new List<ContractError>();
        if (customer is null)
        {
            errors.Add(new(ContractErrorCodes.NotFound, $"No customer has the id {input.CustomerId}.", "customerId"));
        }
        else if (customer.IsArchived)
        {
            errors.Add(new(ContractErrorCodes.CustomerArchived, $"'{customer.Name}' is archived; no new agreement can be made with it.", "customerId"));
        }

        if (string.IsNullOrWhiteSpace(input.Subject) || input.Subject.Length > 300)
        {
            errors.Add(new(ContractErrorCodes.InvalidInput, "The subject must have 1 to 300 characters.", "subject"));
        }

        if (input.Terms is { Length: > 4000 })
        {
            errors.Add(new(ContractErrorCodes.InvalidInput, "The terms are limited to 4,000 characters.", "terms"));
        }

        if (!Enum.IsDefined(input.Form) || !Enum.IsDefined(input.Status))
        {
            errors.Add(new(ContractErrorCodes.InvalidInput, "Unknown form or status.", "status"));
        }
        else if (input.Status is not (AgreementStatus.Proposed or AgreementStatus.Agreed))
        {
            errors.Add(new(ContractErrorCodes.InvalidInput, "A new agreement is PROPOSED or AGREED; change its status later.", "status"));
        }

        if (input.ValidTo is { } to && to < input.ValidFrom)
        {
            errors.Add(new(ContractErrorCodes.InvalidPeriod, $"The agreement ends ({to:yyyy-MM-dd}) before it starts ({input.ValidFrom:yyyy-MM-dd}).", "validTo"));
        }

        if (input.Claims.Count > MaxClaims)
        {
            errors.Add(new(ContractErrorCodes.InvalidInput, $"At most {MaxClaims} resource claims per agreement.", "claims"));
        }

        for (var i = 0; i < input.Claims.Count; i++)
        {
            var claim = input.Claims[i];
            if (string.IsNullOrWhiteSpace(claim.Resource) || claim.Resource.Length > 200)
            {
                errors.Add(new(ContractErrorCodes.InvalidInput, "A resource needs a name of 1 to 200 characters.", $"claims[{i}].resource"));
            }

            if (claim.To < claim.From)
            {
                errors.Add(new(ContractErrorCodes.InvalidPeriod, $"The claim on '{claim.Resource}' ends ({claim.To:yyyy-MM-dd}) before it starts ({claim.From:yyyy-MM-dd}).", $"claims[{i}].to"));
            }
        }

        if (input.OverrideReason is { } reason && (string.IsNullOrWhiteSpace(reason) || reason.Length > 1000))
        {
            errors.Add(new(ContractErrorCodes.InvalidInput, "An override needs a reason of 1 to 1,000 characters.", "overrideReason"));
        }

        return errors;
    }
}
