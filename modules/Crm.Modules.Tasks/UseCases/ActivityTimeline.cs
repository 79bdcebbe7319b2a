using Crm.Modules.Tasks.Domain;
using Crm.Sdk.Contracts.Interactions;

namespace Crm.Modules.Tasks.UseCases;

/// <summary>How a completed activity reads in the client's timeline.</summary>
internal static class ActivityTimeline
{
    /// <summary>A done to-do has no built-in timeline kind; it shows as the module's own <c>TASK</c>.</summary>
    public const string TaskKind = "TASK";

    public static RecordInteraction Entry(Activity activity, string outcome, string actor, DateTimeOffset at) =>
        new(activity.CustomerId, KindOf(activity.Kind), InteractionDirection.Outbound, at, actor, activity.Title)
        {
            Summary = activity.Notes,
            Outcome = outcome,
            Participants = activity.AssigneeId == actor ? [] : [activity.AssigneeId],
            Concerns = new InteractionReference("Activity", activity.Id.ToString("N")),
        };

    public static string KindOf(ActivityKind kind) => kind switch
    {
        ActivityKind.Call => InteractionKinds.Call,
        ActivityKind.Meeting => InteractionKinds.Meeting,
        _ => TaskKind,
    };
}
