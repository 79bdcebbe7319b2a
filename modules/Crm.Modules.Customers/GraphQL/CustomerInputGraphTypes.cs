using Crm.Modules.Customers.Domain;
using Crm.Modules.Customers.UseCases;
using GraphQL.Types;

namespace Crm.Modules.Customers.GraphQL;

/// <summary>Everything a user enters about a customer (create and update take the whole picture).</summary>
public sealed class CustomerFieldsInputGraphType : InputObjectGraphType<CustomerInput>
{
    public CustomerFieldsInputGraphType()
    {
        Name = "CustomerFieldsInput";
        Field<CustomerKindGraphType>("kind").Description("COMPANY unless given.");
        Field(x => x.Name);
        Field(x => x.TaxId, nullable: true);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("phones").Description("Any formatting; 5 to 15 digits each.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("emails");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("addresses");
        Field(x => x.Website, nullable: true);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags");
        Field<CustomerStatusGraphType>("status").Description("PROSPECT unless given.");
        Field(x => x.Source, nullable: true);
        Field(x => x.ManagerId, nullable: true);
        Field<ListGraphType<NonNullGraphType<AttributeInputGraphType>>>("attributes");
        Field<ListGraphType<NonNullGraphType<ContactInputGraphType>>>("contacts");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new CustomerInput
        {
            Kind = value.TryGetValue("kind", out var kind) && kind is CustomerKind k ? k : CustomerKind.Company,
            Name = value.TryGetValue("name", out var name) ? name as string ?? "" : "",
            TaxId = InputValues.Get(value, "taxId") as string,
            Phones = Strings(value, "phones"),
            Emails = Strings(value, "emails"),
            Addresses = Strings(value, "addresses"),
            Website = InputValues.Get(value, "website") as string,
            Tags = Strings(value, "tags"),
            Status = value.TryGetValue("status", out var status) && status is CustomerStatus s ? s : CustomerStatus.Prospect,
            Source = InputValues.Get(value, "source") as string,
            ManagerId = InputValues.Get(value, "managerId") as string,
            Attributes = (InputValues.Get(value, "attributes") as IEnumerable<object?>)?.OfType<AttributeInput>().ToList() ?? [],
            Contacts = (InputValues.Get(value, "contacts") as IEnumerable<object?>)?.OfType<ContactInput>().ToList() ?? [],
        };
    }

    private static List<string> Strings(IDictionary<string, object?> value, string key) =>
        (InputValues.Get(value, key) as IEnumerable<object?>)?.OfType<string>().ToList() ?? [];
}

/// <summary>A value for one custom attribute.</summary>
public sealed class AttributeInputGraphType : InputObjectGraphType<AttributeInput>
{
    public AttributeInputGraphType()
    {
        Name = "CustomerAttributeInput";
        Field(x => x.Key);
        Field(x => x.Text, nullable: true);
        Field(x => x.Number, nullable: true);
        Field<DateOnlyGraphType>("date");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new AttributeInput(
            value["key"] as string ?? "",
            InputValues.Get(value, "text") as string,
            InputValues.Get(value, "number") is { } n ? Convert.ToDouble(n, System.Globalization.CultureInfo.InvariantCulture) : null,
            InputValues.Get(value, "date") as DateOnly?);
    }
}

/// <summary>A contact person of a company customer.</summary>
public sealed class ContactInputGraphType : InputObjectGraphType<ContactInput>
{
    public ContactInputGraphType()
    {
        Name = "ContactPersonInput";
        Field(x => x.Name);
        Field(x => x.Position, nullable: true);
        Field(x => x.Phone, nullable: true);
        Field(x => x.Email, nullable: true);
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new ContactInput(value["name"] as string ?? "", InputValues.Get(value, "position") as string, InputValues.Get(value, "phone") as string, InputValues.Get(value, "email") as string);
    }
}

/// <summary><c>customers(filter:)</c>: text (name, phone fragment, e-mail, tax id), statuses, tags, manager, archived.</summary>
public sealed class CustomerSearchFilterGraphType : InputObjectGraphType<CustomerFilter>
{
    public CustomerSearchFilterGraphType()
    {
        Name = "CustomerSearchFilter";
        Description = "Every condition given must hold; a list means any of its values.";
        Field(x => x.Text, nullable: true).Description("Fragment of name, tax id, e-mail, website or contact name (any case, Cyrillic too), or of a phone in any formatting.");
        Field<ListGraphType<NonNullGraphType<CustomerStatusGraphType>>>("statuses");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags");
        Field(x => x.ManagerId, nullable: true);
        Field<BooleanGraphType>("includeArchived");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new CustomerFilter
        {
            Text = InputValues.Get(value, "text") as string,
            Statuses = (InputValues.Get(value, "statuses") as IEnumerable<object?>)?.OfType<CustomerStatus>().ToList(),
            Tags = (InputValues.Get(value, "tags") as IEnumerable<object?>)?.OfType<string>().ToList(),
            ManagerId = InputValues.Get(value, "managerId") as string,
            IncludeArchived = InputValues.Get(value, "includeArchived") is true,
        };
    }
}

/// <summary>Input of <c>createCustomer</c>.</summary>
public sealed record CreateCustomerInput(CustomerInput Customer);

/// <summary>Input of <c>updateCustomer</c>: the id, the version read, and the new fields.</summary>
public sealed record UpdateCustomerInput(string Id, long Version, CustomerInput Customer);

/// <summary>Input of <c>archiveCustomer</c>.</summary>
public sealed record ArchiveCustomerInput(string Id, long? Version);

public sealed class CreateCustomerInputGraphType : InputObjectGraphType<CreateCustomerInput>
{
    public CreateCustomerInputGraphType()
    {
        Name = "CreateCustomerInput";
        Field<NonNullGraphType<CustomerFieldsInputGraphType>>("customer");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new CreateCustomerInput((CustomerInput)value!["customer"]!);
}

public sealed class UpdateCustomerInputGraphType : InputObjectGraphType<UpdateCustomerInput>
{
    public UpdateCustomerInputGraphType()
    {
        Name = "UpdateCustomerInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<LongGraphType>>("version").Description("The version you read; a stale one is refused with CONFLICT.");
        Field<NonNullGraphType<CustomerFieldsInputGraphType>>("customer");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new UpdateCustomerInput(value!["id"]!.ToString()!, Convert.ToInt64(value["version"], System.Globalization.CultureInfo.InvariantCulture), (CustomerInput)value["customer"]!);
}

public sealed class ArchiveCustomerInputGraphType : InputObjectGraphType<ArchiveCustomerInput>
{
    public ArchiveCustomerInputGraphType()
    {
        Name = "ArchiveCustomerInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<LongGraphType>("version").Description("When given, archiving a customer changed since is refused with CONFLICT.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new ArchiveCustomerInput(value!["id"]!.ToString()!, InputValues.Get(value, "version") is { } v ? Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) : null);
}
