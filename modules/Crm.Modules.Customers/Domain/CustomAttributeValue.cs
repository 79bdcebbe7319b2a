namespace Crm.Modules.Customers.Domain;

/// <summary>
/// One customer's value of one custom attribute, in the column of its type so filters compare numbers as
/// numbers and dates as dates; choices and text live in <see cref="TextValue"/>.
/// </summary>
public sealed class CustomAttributeValue
{
    public Guid CustomerId { get; set; }

    public string Key { get; set; } = "";

    public string? TextValue { get; set; }

    public double? NumberValue { get; set; }

    public DateOnly? DateValue { get; set; }
}
