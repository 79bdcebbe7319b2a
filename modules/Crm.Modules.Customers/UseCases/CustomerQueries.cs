using Crm.Modules.Customers.Domain;

namespace Crm.Modules.Customers.UseCases;

/// <summary>Turns a <see cref="CustomerFilter"/> into one SQL WHERE clause (sub-selects, never a query per row).</summary>
internal static class CustomerQueries
{
    /// <summary>Fewest digits a text must carry before it is also matched against phone numbers.</summary>
    public const int MinPhoneDigits = 3;

    public static IQueryable<Customer> Where(IQueryable<Customer> customers, CustomerFilter filter)
    {
        if (!filter.IncludeArchived)
        {
            customers = customers.Where(c => c.ArchivedAt == null);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var folded = SearchText.Fold(filter.Text);
            var digits = PhoneNumber.DigitsOf(filter.Text);
            customers = digits.Length >= MinPhoneDigits
                ? customers.Where(c => c.SearchText.Contains(folded)
                    || c.Phones.Any(p => p.Digits.Contains(digits))
                    || c.Contacts.Any(p => p.PhoneDigits != null && p.PhoneDigits.Contains(digits)))
                : customers.Where(c => c.SearchText.Contains(folded));
        }

        if (filter.Statuses is { Count: > 0 } statuses)
        {
            customers = customers.Where(c => statuses.Contains(c.Status));
        }

        if (filter.Tags is { Count: > 0 })
        {
            var tags = filter.Tags.Select(SearchText.Fold).ToList();
            customers = customers.Where(c => c.Tags.Any(t => tags.Contains(t.Tag)));
        }

        if (filter.ManagerId is not null)
        {
            customers = customers.Where(c => c.ManagerId == filter.ManagerId);
        }

        foreach (var condition in filter.Attributes ?? [])
        {
            customers = WhereAttribute(customers, condition);
        }

        return customers;
    }

    private static IQueryable<Customer> WhereAttribute(IQueryable<Customer> customers, AttributeCondition c)
    {
        var key = c.Key;
        if (c.TextEquals is { } text)
        {
            customers = customers.Where(x => x.Attributes.Any(a => a.Key == key && a.TextValue == text));
        }

        if (c.NumberAtLeast is { } min)
        {
            customers = customers.Where(x => x.Attributes.Any(a => a.Key == key && a.NumberValue >= min));
        }

        if (c.NumberAtMost is { } max)
        {
            customers = customers.Where(x => x.Attributes.Any(a => a.Key == key && a.NumberValue <= max));
        }

        if (c.DateFrom is { } from)
        {
            customers = customers.Where(x => x.Attributes.Any(a => a.Key == key && a.DateValue >= from));
        }

        if (c.DateTo is { } to)
        {
            customers = customers.Where(x => x.Attributes.Any(a => a.Key == key && a.DateValue <= to));
        }

        return customers;
    }
}
