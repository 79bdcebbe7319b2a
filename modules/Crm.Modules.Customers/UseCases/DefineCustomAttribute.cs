using System.Text.RegularExpressions;
using Crm.Modules.Customers.Domain;
using Crm.Modules.Customers.Storage;
using Crm.Sdk.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Customers.UseCases;

/// <summary>Lets an admin add a typed attribute to every customer (its values then validate and filter by type).</summary>
public sealed partial class DefineCustomAttribute(CustomersDbContext db)
{
    public async Task<ContractResult<CustomAttributeDefinition>> HandleAsync(string key, string label, AttributeType type, IReadOnlyList<string> choices, CancellationToken cancellationToken)
    {
        var errors = new List<ContractError>();
        if (!KeyPattern().IsMatch(key))
        {
            errors.Add(new(ContractErrorCodes.InvalidInput, "The key must be 1 to 50 lower-case letters, digits or '_', starting with a letter.", "key"));
        }
        else if (await db.AttributeDefinitions.AnyAsync(d => d.Key == key, cancellationToken))
        {
            errors.Add(new(ContractErrorCodes.InvalidInput, $"An attribute '{key}' already exists.", "key"));
        }

        if (string.IsNullOrWhiteSpace(label))
        {
            errors.Add(new(ContractErrorCodes.InvalidInput, "The label must not be empty.", "label"));
        }

        if ((type == AttributeType.Choice) != (choices.Count > 0) || choices.Any(c => string.IsNullOrWhiteSpace(c) || c.Contains('\n', StringComparison.Ordinal)))
        {
            errors.Add(new(ContractErrorCodes.InvalidInput, "A choice attribute needs its choices (one line each); other types take none.", "choices"));
        }

        if (errors.Count > 0)
        {
            return ContractResult<CustomAttributeDefinition>.Failure(errors);
        }

        var definition = new CustomAttributeDefinition { Key = key, Label = label.Trim(), Type = type, Choices = choices.Count > 0 ? string.Join('\n', choices) : null };
        db.AttributeDefinitions.Add(definition);
        await db.SaveChangesAsync(cancellationToken);
        return ContractResult<CustomAttributeDefinition>.Success(definition);
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,49}$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
