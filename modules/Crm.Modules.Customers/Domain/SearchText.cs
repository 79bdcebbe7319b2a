namespace Crm.Modules.Customers.Domain;

/// <summary>
/// The case-folded text customers are searched by. .NET's invariant lower-casing folds Cyrillic ("ООО Ромашка"
/// becomes "ооо ромашка"); SQLite's LOWER() does not, so both the stored column and the query are folded here.
/// "Ё" is folded to "е" as Russian users type either.
/// </summary>
public static class SearchText
{
    /// <summary>Folds one search term or stored value.</summary>
    public static string Fold(string text) => text.Trim().ToLowerInvariant().Replace('ё', 'е');

    /// <summary>The stored search text of a customer: name, tax id, e-mails and website, separated by '\n'.</summary>
    public static string Of(Customer customer) =>
        Fold(string.Join('\n', new[] { customer.Name, customer.TaxId, customer.Website }
            .Concat(customer.Emails.Select(e => e.Address))
            .Concat(customer.Contacts.Select(c => c.Name))
            .Where(s => !string.IsNullOrWhiteSpace(s))));
}
