using Crm.Modules.Customers.Domain;
using GraphQL.Types;

namespace Crm.Modules.Customers.GraphQL;

/// <summary><c>CustomerKind</c>: COMPANY or PERSON.</summary>
public sealed class CustomerKindGraphType : EnumerationGraphType<CustomerKind>
{
    public CustomerKindGraphType()
    {
        Name = "CustomerKind";
        Description = "Whether a customer is an organisation or a private person.";
    }
}

/// <summary><c>CustomerStatus</c>: PROSPECT, ACTIVE, INACTIVE, LOST.</summary>
public sealed class CustomerStatusGraphType : EnumerationGraphType<CustomerStatus>
{
    public CustomerStatusGraphType()
    {
        Name = "CustomerStatus";
        Description = "Where the relationship with a customer stands.";
    }
}

/// <summary><c>AttributeType</c>: TEXT, NUMBER, DATE, CHOICE.</summary>
public sealed class AttributeTypeGraphType : EnumerationGraphType<AttributeType>
{
    public AttributeTypeGraphType()
    {
        Name = "CustomerAttributeType";
        Description = "The type of a custom attribute admins define for customers.";
    }
}
