using Crm.Modules.Customers.Domain;
using Crm.Sdk.Contracts;

namespace Crm.Modules.Customers.UseCases;

/// <summary>Checks custom attribute values against the definitions admins made: known key, value of the right type, allowed choice.</summary>
internal static class AttributeValidator
{
    public static IEnumerable<ContractError> Validate(IReadOnlyList<AttributeInput> values, IReadOnlyDictionary<string, CustomAttributeDefinition> definitions)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            var field = $"attributes[{i}]";
            if (!definitions.TryGetValue(value.Key, out var definition))
            {
                yield return new(ContractErrorCodes.InvalidInput, $"No custom attribute '{value.Key}' is defined.", field);
                continue;
            }

            if (!seen.Add(value.Key))
            {
                yield return new(ContractErrorCodes.InvalidInput, $"Attribute '{value.Key}' is given twice.", field);
            }

            var matches = definition.Type switch
            {
                AttributeType.Text => value is { Text: not null, Number: null, Date: null },
                AttributeType.Choice => value is { Text: not null, Number: null, Date: null } && definition.ChoiceList.Contains(value.Text),
                AttributeType.Number => value is { Number: not null, Text: null, Date: null } && double.IsFinite(value.Number.Value),
                AttributeType.Date => value is { Date: not null, Text: null, Number: null },
                _ => false,
            };
            if (!matches)
            {
                var expected = definition.Type == AttributeType.Choice
                    ? $"one of: {string.Join(", ", definition.ChoiceList)}"
                    : $"a {definition.Type.ToString().ToLowerInvariant()} value";
                yield return new(ContractErrorCodes.InvalidInput, $"Attribute '{value.Key}' takes {expected}.", field);
            }
        }
    }
}
