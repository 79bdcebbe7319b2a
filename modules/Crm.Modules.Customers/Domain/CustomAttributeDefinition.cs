namespace Crm.Modules.Customers.Domain;

/// <summary>An attribute admins added to every customer, e.g. "Industry" (choice) or "Contract renewal" (date).</summary>
public sealed class CustomAttributeDefinition
{
    /// <summary>Stable key, lower-case letters, digits and '_' (e.g. <c>industry</c>).</summary>
    public string Key { get; set; } = "";

    public string Label { get; set; } = "";

    public AttributeType Type { get; set; }

    /// <summary>The allowed values of a <see cref="AttributeType.Choice"/> attribute, separated by new lines.</summary>
    public string? Choices { get; set; }

    public IReadOnlyList<string> ChoiceList => Choices?.Split('\n', StringSplitOptions.RemoveEmptyEntries) ?? [];
}
