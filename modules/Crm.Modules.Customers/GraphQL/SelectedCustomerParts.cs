using Crm.Modules.Customers.UseCases;
using Crm.Sdk.GraphQL;
using GraphQL;

namespace Crm.Modules.Customers.GraphQL;

/// <summary>
/// Which of a customer's lists (phones, e-mails, ...) a request's selection shows, so a reader loads only those:
/// each list is one more statement. The selection itself is read by the SDK's <see cref="SelectedFields"/>.
/// </summary>
internal static class SelectedCustomerParts
{
    /// <summary>The lists shown under a field that returns one customer (<c>customer(id)</c>).</summary>
    public static CustomerParts OfCustomerField(IResolveFieldContext ctx) => Parts(SelectedFields.Of(ctx));

    /// <summary>The lists shown under a connection's <c>nodes</c> and <c>edges { node }</c>.</summary>
    public static CustomerParts OfConnectionField(IResolveFieldContext ctx) => Parts(SelectedFields.OfConnectionNodes(ctx));

    private static CustomerParts Parts(IReadOnlySet<string> fields) => fields.Aggregate(CustomerParts.None, (parts, field) => parts | field switch
    {
        "phones" => CustomerParts.Phones,
        "emails" => CustomerParts.Emails,
        "addresses" => CustomerParts.Addresses,
        "tags" => CustomerParts.Tags,
        "contacts" => CustomerParts.Contacts,
        "attributes" => CustomerParts.Attributes,
        _ => CustomerParts.None,
    });
}
