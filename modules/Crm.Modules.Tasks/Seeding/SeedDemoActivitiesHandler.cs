using Crm.Modules.Tasks.Domain;
using Crm.Modules.Tasks.Storage;
using Crm.Sdk.Contracts.Seeding;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Tasks.Seeding;

/// <summary>
/// The demo's planned work: the head of sales' overdue call to the loyal advertiser about the extension, the new
/// colleague's meeting with him this afternoon, and the account manager's to-do for the new advertiser tomorrow.
/// Written directly (the demo users need not exist in the identity store yet).
/// </summary>
internal sealed class SeedDemoActivitiesHandler(TasksDbContext db) : INotificationHandler<SeedDemoData>
{
    public async Task Handle(SeedDemoData notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (await db.Activities.AnyAsync(cancellationToken))
        {
            notification.Report.Skip(TasksModule.Id, "activities exist already; demo data goes into an empty database");
            return;
        }

        if (notification.Cast.Customer(DemoCast.LoyalAdvertiser) is not { } loyal || notification.Cast.Customer(DemoCast.NewAdvertiser) is not { } newcomer)
        {
            notification.Report.Skip(TasksModule.Id, "the demo customers were not created");
            return;
        }

        var now = notification.Now.UtcDateTime;
        db.Activities.AddRange(
            Planned(loyal, ActivityKind.Call, "Подтвердить продление 3-й полосы на январь–июнь", now.AddHours(-2), DemoCast.HeadOfSales, now),
            Planned(loyal, ActivityKind.Meeting, "Show the spring layout", now.Date.AddHours(16), DemoCast.NewColleague, now),
            Planned(newcomer, ActivityKind.Todo, "Offer page 5 top instead of page 3", now.AddDays(1), DemoCast.AccountManager, now));
        await db.SaveChangesAsync(cancellationToken);
        notification.Report.Add(TasksModule.Id, "activities", 3);
    }

    private static Activity Planned(Guid customerId, ActivityKind kind, string title, DateTime due, string assignee, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(),
        CustomerId = customerId,
        Kind = kind,
        Title = title,
        DueAt = due,
        AssigneeId = assignee,
        Status = ActivityStatus.Planned,
        CreatedBy = assignee,
        CreatedAt = now,
        UpdatedAt = now,
    };
}
