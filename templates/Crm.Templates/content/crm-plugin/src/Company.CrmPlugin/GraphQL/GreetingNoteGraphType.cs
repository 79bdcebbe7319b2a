using Company.CrmPlugin.Domain;
using Crm.Sdk.GraphQL;
using GraphQL.Types;

namespace Company.CrmPlugin.GraphQL;

/// <summary>The <c>GreetingNote</c> type. Its name must be unique among every module a host runs.</summary>
public sealed class GreetingNoteGraphType : CrmObjectGraphType<GreetingNote>
{
    public GreetingNoteGraphType()
    {
        Name = "GreetingNote";
        Description = "A note the Company.CrmPlugin plugin wrote about a customer.";
        Field(n => n.Text);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Resolve(c => new DateTimeOffset(c.Source.CreatedAt, TimeSpan.Zero)).ResolvesWithoutServices();
    }
}
