using Crm.Modules.Interactions.Storage;
using Crm.Sdk.Contracts.Interactions;
using Crm.Sdk.Contracts.Seeding;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Interactions.Seeding;

/// <summary>
/// Gives every demo client a year of history through the real <see cref="RecordInteraction"/> path (validation,
/// last-contact figures, audit), and the newspaper case its story: monthly ads, then the call in which the head of
/// sales orally promised the loyal client page 3 top for the next half year.
/// </summary>
internal sealed class SeedDemoHistoryHandler(InteractionsDbContext db, IMediator mediator) : INotificationHandler<SeedDemoData>
{
    private static readonly (string Kind, InteractionDirection Direction, string Subject)[] Routine =
    [
        (InteractionKinds.Call, InteractionDirection.Outbound, "Обсудили план рекламы на месяц"),
        (InteractionKinds.Email, InteractionDirection.Outbound, "Sent the media kit and prices"),
        (InteractionKinds.Meeting, InteractionDirection.Outbound, "Встреча в офисе клиента"),
        (InteractionKinds.Invoice, InteractionDirection.Outbound, "Счёт за размещение"),
        (InteractionKinds.Purchase, InteractionDirection.Inbound, "Paid for the placement"),
        (InteractionKinds.Message, InteractionDirection.Inbound, "Вопрос по макету в мессенджере"),
        (InteractionKinds.Complaint, InteractionDirection.Inbound, "Ad printed with the wrong phone number"),
        (InteractionKinds.Note, InteractionDirection.Internal, "Клиент предпочитает звонки до обеда"),
    ];

    public async Task Handle(SeedDemoData notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (await db.Interactions.AnyAsync(cancellationToken))
        {
            notification.Report.Skip(InteractionsModule.Id, "the timeline is not empty; demo data goes into an empty database");
            return;
        }

        var customers = await db.KnownCustomers.AsNoTracking().OrderBy(k => k.NameKey).ToListAsync(cancellationToken);
        var random = new Random(2026);
        var written = 0;
        foreach (var customer in customers)
        {
            var author = customer.ManagerId ?? DemoCast.Director;
            var entries = 8 + random.Next(12);
            for (var i = 0; i < entries; i++)
            {
                var (kind, direction, subject) = Routine[random.Next(Routine.Length)];
                var at = notification.Now.AddDays(-random.Next(20, 365)).AddMinutes(-random.Next(600));
                written += await RecordAsync(new RecordInteraction(customer.CustomerId, kind, direction, at, author, subject), cancellationToken);
            }
        }

        if (notification.Cast.Customer(DemoCast.LoyalAdvertiser) is { } loyal)
        {
            for (var month = 12; month >= 1; month--)
            {
                written += await RecordAsync(new RecordInteraction(loyal, InteractionKinds.Purchase, InteractionDirection.Inbound, notification.Now.AddMonths(-month), DemoCast.HeadOfSales, "Модуль на 3-й полосе, верх: оплачен"), cancellationToken);
            }

            written += await RecordAsync(
                new RecordInteraction(loyal, InteractionKinds.Call, InteractionDirection.Outbound, notification.Now.AddDays(-40), DemoCast.HeadOfSales, "Продление 3-й полосы, верх, на январь–июнь")
                {
                    Summary = "Сергей Иванович подтвердил продление на тех же условиях. Договорились устно, договор пришлём в декабре.",
                    Outcome = "Устная договорённость о продлении",
                },
                cancellationToken);
        }

        if (notification.Cast.Customer(DemoCast.NewAdvertiser) is { } newcomer)
        {
            written += await RecordAsync(
                new RecordInteraction(newcomer, InteractionKinds.Call, InteractionDirection.Inbound, notification.Now.AddDays(-2), DemoCast.NewColleague, "Wants the top of page 3 from March")
                {
                    Outcome = "Promised to send an offer",
                },
                cancellationToken);
        }

        notification.Report.Add(InteractionsModule.Id, "timeline entries", written);
    }

    private async Task<int> RecordAsync(RecordInteraction request, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(request, cancellationToken);
        return result.Succeeded ? 1 : throw new InvalidOperationException($"Demo entry refused: {string.Join("; ", result.Errors.Select(e => e.Message))}");
    }
}
