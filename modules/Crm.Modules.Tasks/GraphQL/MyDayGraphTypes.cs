using Crm.Modules.Tasks.UseCases;
using Crm.Sdk.GraphQL;
using GraphQL.Types;

namespace Crm.Modules.Tasks.GraphQL;

/// <summary>The answer of <c>myDay</c>.</summary>
public sealed class MyDayGraphType : CrmObjectGraphType<MyDay>
{
    public MyDayGraphType()
    {
        Name = "MyDay";
        Description = "My planned activities due before the day ends (overdue first) and my open follow-up suggestions.";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("dayEnd").Description("Midnight UTC ending the day.").Resolve(c => c.Source.DayEnd).ResolvesWithoutServices();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActivityGraphType>>>>("activities").Resolve(c => c.Source.Activities).ResolvesWithoutServices();
        Field<NonNullGraphType<IntGraphType>>("overdueCount").Resolve(c => c.Source.OverdueCount).ResolvesWithoutServices();
        Field<NonNullGraphType<IntGraphType>>("dueTodayCount").Description("Due from now until the day ends.").Resolve(c => c.Source.DueTodayCount).ResolvesWithoutServices();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FollowUpSuggestionGraphType>>>>("followUps").Resolve(c => c.Source.FollowUps).ResolvesWithoutServices();
    }
}

/// <summary>One manager's open work.</summary>
public sealed class ManagerWorkloadGraphType : CrmObjectGraphType<ManagerWorkload>
{
    public ManagerWorkloadGraphType()
    {
        Name = "ManagerWorkload";
        Field(w => w.UserId);
        Field(w => w.OpenActivities).Description("Planned activities.");
        Field(w => w.OverdueActivities).Description("Planned activities past their due time.");
        Field(w => w.Clients).Description("Distinct clients of the planned activities.");
    }
}
