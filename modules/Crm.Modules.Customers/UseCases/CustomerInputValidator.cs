using Crm.Modules.Customers.Domain;
using Crm.Sdk.Contracts;

namespace Crm.Modules.Customers.UseCases;

/// <summary>
/// Checks a <see cref="CustomerInput"/> completely (every mistake at once, each naming its field) and, when it is
/// valid, writes it onto a <see cref="Customer"/> with phones reduced to digits and search columns folded.
/// </summary>
internal static class CustomerInputValidator
{
    public const int MaxNameLength = 300;
    public const int MaxItems = 20;

    public static List<ContractError> Validate(CustomerInput input, IReadOnlyDictionary<string, CustomAttributeDefinition> attributes)
    {
        var errors = new List<ContractError>();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > MaxNameLength)
        {
            errors.Add(new(ContractErrorCodes.InvalidInput, $"The name must have 1 to {MaxNameLength} characters.", "name"));
        }

        CheckCount(errors, input.Phones.Count, "phones");
        CheckCount(errors, input.Emails.Count, "emails");
        CheckCount(errors, input.Tags.Count, "tags");
        CheckCount(errors, input.Contacts.Count, "contacts");
        for (var i = 0; i < input.Phones.Count; i++)
        {
            if (!PhoneNumber.IsValid(input.Phones[i]))
            {
                errors.Add(InvalidPhone(input.Phones[i], $"phones[{i}]"));
            }
        }

        for (var i = 0; i < input.Emails.Count; i++)
        {
            if (!EmailAddress.IsValid(input.Emails[i].Trim()))
            {
                errors.Add(InvalidEmail(input.Emails[i], $"emails[{i}]"));
            }
        }

        if (input.Tags.Any(t => string.IsNullOrWhiteSpace(t) || t.Length > 50))
        {
            errors.Add(new(ContractErrorCodes.InvalidInput, "Each tag must have 1 to 50 characters.", "tags"));
        }

        if (input.Kind == CustomerKind.Person && input.Contacts.Count > 0)
        {
            errors.Add(new(ContractErrorCodes.InvalidInput, "Only a company has contact people.", "contacts"));
        }

        for (var i = 0; i < input.Contacts.Count; i++)
        {
            var contact = input.Contacts[i];
            if (string.IsNullOrWhiteSpace(contact.Name))
            {
                errors.Add(new(ContractErrorCodes.InvalidInput, "A contact person needs a name.", $"contacts[{i}].name"));
            }

            if (contact.Phone is not null && !PhoneNumber.IsValid(contact.Phone))
            {
                errors.Add(InvalidPhone(contact.Phone, $"contacts[{i}].phone"));
            }

            if (contact.Email is not null && !EmailAddress.IsValid(contact.Email.Trim()))
            {
                errors.Add(InvalidEmail(contact.Email, $"contacts[{i}].email"));
            }
        }

        errors.AddRange(AttributeValidator.Validate(input.Attributes, attributes));
        return errors;
    }

    public static void Apply(CustomerInput input, Customer customer)
    {
        customer.Kind = input.Kind;
        customer.Name = input.Name.Trim();
        customer.NameKey = SearchText.Fold(customer.Name);
        customer.TaxId = Blank(input.TaxId);
        customer.Website = Blank(input.Website);
        customer.Status = input.Status;
        customer.Source = Blank(input.Source);
        customer.ManagerId = Blank(input.ManagerId);
        customer.Phones = input.Phones.Select((p, i) => new CustomerPhone { CustomerId = customer.Id, Position = i, Display = p.Trim(), Digits = PhoneNumber.DigitsOf(p) }).ToList();
        customer.Emails = input.Emails.Select((e, i) => new CustomerEmail { CustomerId = customer.Id, Position = i, Address = EmailAddress.Normalize(e) }).ToList();
        customer.Addresses = input.Addresses.Where(a => !string.IsNullOrWhiteSpace(a)).Select((a, i) => new CustomerAddress { CustomerId = customer.Id, Position = i, Text = a.Trim() }).ToList();
        customer.Tags = input.Tags.Select(t => SearchText.Fold(t)).Distinct(StringComparer.Ordinal).Select(t => new CustomerTag { CustomerId = customer.Id, Tag = t }).ToList();
        customer.Contacts = input.Contacts.Select(c => new ContactPerson
        {
            Id = Guid.CreateVersion7(),
            CustomerId = customer.Id,
            Name = c.Name.Trim(),
            Position = Blank(c.Position),
            Phone = Blank(c.Phone),
            PhoneDigits = c.Phone is null ? null : PhoneNumber.DigitsOf(c.Phone),
            Email = c.Email is null ? null : EmailAddress.Normalize(c.Email),
        }).ToList();
        customer.Attributes = input.Attributes.Select(a => new CustomAttributeValue
        {
            CustomerId = customer.Id,
            Key = a.Key,
            TextValue = a.Text,
            NumberValue = a.Number,
            DateValue = a.Date,
        }).ToList();
        customer.SearchText = SearchText.Of(customer);
    }

    private static void CheckCount(List<ContractError> errors, int count, string field)
    {
        if (count > MaxItems)
        {
            errors.Add(new(ContractErrorCodes.InvalidInput, $"At most {MaxItems} {field} per customer.", field));
        }
    }

    private static ContractError InvalidPhone(string phone, string field) =>
        new(ContractErrorCodes.InvalidPhone, $"'{phone}' is not a phone number: use digits, spaces, + ( ) - and {PhoneNumber.MinDigits} to {PhoneNumber.MaxDigits} digits.", field);

    private static ContractError InvalidEmail(string email, string field) =>
        new(ContractErrorCodes.InvalidEmail, $"'{email}' is not an e-mail address of the form name@example.com.", field);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
