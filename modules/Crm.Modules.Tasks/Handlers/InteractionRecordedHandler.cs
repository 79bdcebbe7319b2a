using Crm.Modules.Tasks.Domain;
using Crm.Modules.Tasks.Storage;
using Crm.Modules.Tasks.UseCases;
using Crm.Sdk.Contracts.Interactions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Tasks.Handlers;

/// <summary>
/// After a contact with a client (call, meeting, e-mail, message, complaint, done to-do), suggests that whoever
/// recorded it follows up, unless they already planned a next step with that client. One suggestion per timeline entry.
/// </summary>
internal sealed class InteractionRecordedHandler(TasksDbContext db, TimeProvider time) : INotificationHandler<InteractionRecorded>
{
    private static readonly HashSet<string> ContactKinds = new(StringComparer.Ordinal)
    {
        InteractionKinds.Call, InteractionKinds.Meeting, InteractionKinds.Email, InteractionKinds.Message, InteractionKinds.Complaint, ActivityTimeline.TaskKind,
    };

    public async Task Handle(InteractionRecorded notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (!ContactKinds.Contains(notification.Kind))
        {
            return;
        }

        var hasNextStep = await db.Activities.AnyAsync(
            a => a.CustomerId == notification.CustomerId && a.AssigneeId == notification.RecordedBy && a.Status == ActivityStatus.Planned,
            cancellationToken);
        if (hasNextStep || await db.FollowUps.AnyAsync(f => f.InteractionId == notification.InteractionId, cancellationToken))
        {
            return;
        }

        db.FollowUps.Add(new FollowUpSuggestion
        {
            Id = Guid.CreateVersion7(),
            CustomerId = notification.CustomerId,
            UserId = notification.RecordedBy,
            InteractionId = notification.InteractionId,
            Subject = notification.Subject.Length > 300 ? notification.Subject[..300] : notification.Subject,
            InteractionAt = notification.OccurredAt.UtcDateTime,
            SuggestedAt = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
