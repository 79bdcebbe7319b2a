using Crm.Modules.Customers.Domain;
using Crm.Sdk.GraphQL;
using GraphQL.Types;

namespace Crm.Modules.Customers.GraphQL;

/// <summary>The <c>Customer</c> node. Other modules add fields to it by name (timeline, agreements, deals).</summary>
public sealed class CustomerGraphType : CrmObjectGraphType<Customer>
{
    public CustomerGraphType()
    {
        this.IsNode("Customer");
        Description = "A company or person the firm works with.";
        Field<NonNullGraphType<CustomerKindGraphType>>("kind").Resolve(c => c.Source.Kind).ResolvesWithoutServices();
        Field(c => c.Name).Description("Name of the company or person.");
        Field(c => c.TaxId, nullable: true).Description("Tax id (INN, VAT number).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("phones").Description("Phones as typed.")
            .Resolve(c => c.Source.Phones.OrderBy(p => p.Position).Select(p => p.Display)).ResolvesWithoutServices();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("emails")
            .Resolve(c => c.Source.Emails.OrderBy(p => p.Position).Select(p => p.Address)).ResolvesWithoutServices();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("addresses")
            .Resolve(c => c.Source.Addresses.OrderBy(p => p.Position).Select(p => p.Text)).ResolvesWithoutServices();
        Field(c => c.Website, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags").Resolve(c => c.Source.Tags.Select(t => t.Tag).Order(StringComparer.Ordinal)).ResolvesWithoutServices();
        Field<NonNullGraphType<CustomerStatusGraphType>>("status").Resolve(c => c.Source.Status).ResolvesWithoutServices();
        Field(c => c.Source, nullable: true).Description("Where the customer came from (ad, referral...).");
        Field(c => c.ManagerId, nullable: true).Description("The user responsible for the customer.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactPersonGraphType>>>>("contacts").Description("Contact people of a company.")
            .Resolve(c => c.Source.Contacts).ResolvesWithoutServices();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttributeValueGraphType>>>>("attributes").Description("Values of the custom attributes admins defined.")
            .Resolve(c => c.Source.Attributes).ResolvesWithoutServices();
        Field<NonNullGraphType<LongGraphType>>("version").Description("Send it back with updateCustomer: a stale version is refused.").Resolve(c => c.Source.Version).ResolvesWithoutServices();
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => new DateTimeOffset(c.Source.CreatedAt, TimeSpan.Zero)).ResolvesWithoutServices();
        Field<DateTimeOffsetGraphType>("archivedAt").Resolve(c => c.Source.ArchivedAt is { } at ? new DateTimeOffset(at, TimeSpan.Zero) : null).ResolvesWithoutServices();
    }
}

/// <summary>A contact person of a company customer.</summary>
public sealed class ContactPersonGraphType : CrmObjectGraphType<ContactPerson>
{
    public ContactPersonGraphType()
    {
        Name = "ContactPerson";
        Field(c => c.Name);
        Field(c => c.Position, nullable: true);
        Field(c => c.Phone, nullable: true);
        Field(c => c.Email, nullable: true);
    }
}

/// <summary>One value of a custom attribute; the member matching the attribute's type is set.</summary>
public sealed class AttributeValueGraphType : CrmObjectGraphType<CustomAttributeValue>
{
    public AttributeValueGraphType()
    {
        Name = "CustomerAttributeValue";
        Field(v => v.Key);
        Field<StringGraphType>("text").Resolve(c => c.Source.TextValue).ResolvesWithoutServices();
        Field<FloatGraphType>("number").Resolve(c => c.Source.NumberValue).ResolvesWithoutServices();
        Field<DateOnlyGraphType>("date").Resolve(c => c.Source.DateValue).ResolvesWithoutServices();
    }
}
