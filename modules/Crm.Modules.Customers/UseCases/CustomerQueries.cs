using Crm.Modules.Customers.Domain;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Customers.UseCases;

/// <summary>Turns a <see cref="CustomerFilter"/> into one SQL WHERE clause (sub-selects, never a query per row).</summary>
internal static class CustomerQueries
{
    /// <summary>Fewest digits a text must carry before it is also matched against phone numbers.</summary>
    public const int MinPhoneDigits = 3;

    private const string LikeEscape = "\\";

    public static IQueryable<Customer> Where(IQueryable<Customer> customers, CustomerFilter filter)
    {
        if (!filter.IncludeArchived)
        {
            customers = customers.Where(c => c.ArchivedAt == null);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            // LIKE '%x%' rather than Contains: PostgreSQL's trigram indexes serve LIKE, not strpos().
            var text = $"%{EscapeLike(SearchText.Fold(filter.Text))}%";
            var digits = PhoneNumber.DigitsOf(filter.Text);
            var phone = $"%{digits}%";
            customers = digits.Length >= MinPhoneDigits
                ? customers.Where(c => EF.Functions.Like(c.SearchText, text, LikeEscape)
                    || c.Phones.Any(p => EF.Functions.Like(p.Digits, phone))
                    || c.Contacts.Any(p => p.PhoneDigits != null && EF.Functions.Like(p.PhoneDigits, phone)))
                : customers.Where(c => EF.Functions.Like(c.SearchText, text, LikeEscape));
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

    private static string EscapeLike(string text) =>
        text.Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
            .Replace("%", LikeEscape + "%", StringComparison.Ordinal)
            .Replace("_", LikeEscape + "_", StringComparison.Ordinal);

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
