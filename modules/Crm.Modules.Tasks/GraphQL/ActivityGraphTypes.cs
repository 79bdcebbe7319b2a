using Crm.Modules.Tasks.Domain;
using Crm.Sdk.GraphQL;
using GraphQL.Types;

namespace Crm.Modules.Tasks.GraphQL;

/// <summary>The <c>Activity</c> node: a planned call, meeting or to-do with a client.</summary>
public sealed class ActivityGraphType : CrmObjectGraphType<Activity>
{
    public ActivityGraphType()
    {
        this.IsNode("Activity");
        Description = "A call, meeting or to-do planned with a client, assigned to one colleague.";
        Field<NonNullGraphType<EnumerationGraphType<ActivityKind>>>("kind").Resolve(c => c.Source.Kind).ResolvesWithoutServices();
        Field<NonNullGraphType<IdGraphType>>("customerId").Description("Global id of the client.").Resolve(c => GlobalId.Encode("Customer", c.Source.CustomerId)).ResolvesWithoutServices();
        Field(a => a.Title);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("dueAt").Resolve(c => Utc(c.Source.DueAt)).ResolvesWithoutServices();
        Field(a => a.AssigneeId).Description("User id of the colleague who is to do it.");
        Field(a => a.Notes, nullable: true);
        Field<NonNullGraphType<EnumerationGraphType<ActivityStatus>>>("status").Resolve(c => c.Source.Status).ResolvesWithoutServices();
        Field(a => a.Outcome, nullable: true).Description("What came of it, once done.");
        Field<DateTimeOffsetGraphType>("completedAt").Resolve(c => c.Source.CompletedAt is { } at ? Utc(at) : null).ResolvesWithoutServices();
        Field(a => a.CreatedBy);
        Field<NonNullGraphType<LongGraphType>>("version").Resolve(c => c.Source.Version).ResolvesWithoutServices();
    }

    internal static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));
}

/// <summary>A suggestion to follow up after a contact that had no next step planned.</summary>
public sealed class FollowUpSuggestionGraphType : CrmObjectGraphType<FollowUpSuggestion>
{
    public FollowUpSuggestionGraphType()
    {
        Name = "FollowUpSuggestion";
        Description = "Follow up with this client: you recorded a contact and planned no next step.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode("FollowUpSuggestion", c.Source.Id)).ResolvesWithoutServices();
        Field<NonNullGraphType<IdGraphType>>("customerId").Resolve(c => GlobalId.Encode("Customer", c.Source.CustomerId)).ResolvesWithoutServices();
        Field<NonNullGraphType<IdGraphType>>("interactionId").Description("Global id of the timeline entry that prompted it.")
            .Resolve(c => GlobalId.Encode("Interaction", c.Source.InteractionId.ToString(System.Globalization.CultureInfo.InvariantCulture))).ResolvesWithoutServices();
        Field(f => f.Subject);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("interactionAt").Resolve(c => ActivityGraphType.Utc(c.Source.InteractionAt)).ResolvesWithoutServices();
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("suggestedAt").Resolve(c => ActivityGraphType.Utc(c.Source.SuggestedAt)).ResolvesWithoutServices();
    }
}
