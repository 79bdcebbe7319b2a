using Crm.Modules.Interactions.Domain;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Interactions;

namespace Crm.Modules.Interactions.UseCases;

/// <summary>Checks a <see cref="RecordInteraction"/> request completely, against the local customer list.</summary>
internal static class InteractionValidator
{
    /// <summary>How far into the future an entry may be dated (clock skew, a meeting booked for tonight).</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromDays(1);

    public static List<ContractError> Validate(RecordInteraction request, KnownCustomer? customer, DateTimeOffset now)
    {
        var errors = new List<ContractError>();
        if (customer is null)
        {
            errors.Add(new(ContractErrorCodes.NotFound, $"No customer has the id {request.CustomerId}.", "customerId"));
        }
        else if (customer.IsArchived)
        {
            errors.Add(new(ContractErrorCodes.CustomerArchived, $"'{customer.Name}' is archived; its timeline is closed.", "customerId"));
        }

        if (!InteractionKinds.IsWellFormed(request.Kind))
        {
            errors.Add(new(ContractErrorCodes.InvalidInput, $"'{request.Kind}' is not a kind: use upper-case letters, digits and '_' (e.g. CALL).", "kind"));
        }
        else if (request.Kind == InteractionKinds.Other)
        {
            errors.Add(new(ContractErrorCodes.InvalidInput, "OTHER only stands in for kinds of disabled modules; record the exact kind.", "kind"));
        }

        if (!Enum.IsDefined(request.Direction))
        {
            errors.Add(new(ContractErrorCodes.InvalidInput, "Unknown direction.", "direction"));
        }

        if (string.IsNullOrWhiteSpace(request.Subject) || request.Subject.Length > 300)
        {
            errors.Add(new(ContractErrorCodes.InvalidInput, "The subject must have 1 to 300 characters.", "subject"));
        }

        if (string.IsNullOrWhiteSpace(request.RecordedBy) || request.RecordedBy.Length > 100)
        {
            errors.Add(new(ContractErrorCodes.InvalidInput, "Who recorded the entry must be given.", "recordedBy"));
        }

        if (request.OccurredAt > now + FutureTolerance)
        {
            errors.Add(new(ContractErrorCodes.InvalidInput, "An interaction cannot be dated more than a day ahead.", "occurredAt"));
        }

        if (request.Summary is { Length: > 4000 } || request.Outcome is { Length: > 1000 })
        {
            errors.Add(new(ContractErrorCodes.InvalidInput, "The summary is limited to 4,000 and the outcome to 1,000 characters.", "summary"));
        }

        if (request.Participants.Count > 20 || request.Participants.Any(p => string.IsNullOrWhiteSpace(p) || p.Contains(',', StringComparison.Ordinal) || p.Length > 100))
        {
            errors.Add(new(ContractErrorCodes.InvalidInput, "Up to 20 participants, each a user id without commas.", "participants"));
        }

        return errors;
    }
}
