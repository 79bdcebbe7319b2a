using Crm.Modules.Tasks.Domain;
using Crm.Modules.Tasks.Storage;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Customers;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Tasks.UseCases;

/// <summary>
/// Plans a call, meeting or to-do with a client. The client must exist and not be archived, the assignee must be
/// an active user; otherwise nothing is written. Planning a next step closes the assignee's open follow-up
/// suggestions for that client in the same save.
/// </summary>
public sealed class PlanActivity(TasksDbContext db, IMediator mediator, UserDirectory users, TimeProvider time)
{
    public async Task<ContractResult<Activity>> HandleAsync(ActivityInput input, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var customer = (await mediator.Send(new GetCustomerSummaries([input.CustomerId]), cancellationToken)).FirstOrDefault();
        var errors = ActivityValidator.Validate(input, customer);
        errors.AddRange(await users.CheckActiveAsync([(input.AssigneeId, "assigneeId")], cancellationToken));
        if (errors.Count > 0)
        {
            return ContractResult<Activity>.Failure(errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var activity = new Activity
        {
            Id = Guid.CreateVersion7(),
            CustomerId = input.CustomerId,
            Kind = input.Kind,
            Title = input.Title.Trim(),
            DueAt = input.DueAt.UtcDateTime,
            AssigneeId = input.AssigneeId,
            Notes = input.Notes,
            Status = ActivityStatus.Planned,
            CreatedBy = actor,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Activities.Add(activity);
        var answered = await db.FollowUps
            .Where(f => f.CustomerId == input.CustomerId && f.UserId == input.AssigneeId && f.ClosedAt == null)
            .ToListAsync(cancellationToken);
        foreach (var suggestion in answered)
        {
            suggestion.ClosedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return ContractResult<Activity>.Success(activity);
    }
}
