using Crm.Sdk.Contracts.WorkingNow;
using Crm.Sdk.GraphQL;
using GraphQL.Types;

namespace Crm.Modules.Customers.GraphQL;

/// <summary>One colleague's current work with a customer, as one module reported it.</summary>
public sealed class WorkingNowItemGraphType : CrmObjectGraphType<WorkingNowItem>
{
    public WorkingNowItemGraphType()
    {
        Name = "WorkingNowItem";
        Field(i => i.UserId).Description("The colleague.");
        Field(i => i.Activity).Description("CALL, MEETING, OPEN_OFFER, AGREEMENT, OPEN_DEAL, TASK...");
        Field(i => i.Description);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At).ResolvesWithoutServices();
        Field(i => i.SourceModule);
        Field<StringGraphType>("concerns").Description("The global id of the record the work concerns, if any.")
            .Resolve(c => c.Source.Reference is { } r ? Sdk.GraphQL.GlobalId.Encode(r.Type, r.Id) : null).ResolvesWithoutServices();
    }
}
