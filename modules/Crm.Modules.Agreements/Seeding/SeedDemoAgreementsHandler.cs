using Crm.Modules.Agreements.Storage;
using Crm.Modules.Agreements.UseCases;
using Crm.Sdk.Contracts.Agreements;
using Crm.Sdk.Contracts.Seeding;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Agreements.Seeding;

/// <summary>
/// The newspaper case: the loyal advertiser's written contract for page 3 top this year and the head of sales'
/// oral extension for January to June, both holding the slot. Recording the new advertiser's wish for the same
/// slot then meets a <c>ResourceConflict</c> (try it in GraphiQL).
/// </summary>
internal sealed class SeedDemoAgreementsHandler(AgreementsDbContext db, RecordAgreement record) : INotificationHandler<SeedDemoData>
{
    public const string Slot = "Page 3, top";

    public async Task Handle(SeedDemoData notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (await db.Agreements.AnyAsync(cancellationToken))
        {
            notification.Report.Skip(AgreementsModule.Id, "agreements exist already; demo data goes into an empty database");
            return;
        }

        if (notification.Cast.Customer(DemoCast.LoyalAdvertiser) is not { } loyal)
        {
            notification.Report.Skip(AgreementsModule.Id, "the demo customers were not created");
            return;
        }

        var year = notification.Now.Year;
        var thisYear = new DateOnly(year, 1, 1);
        var endOfYear = new DateOnly(year, 12, 31);
        var nextJanuary = new DateOnly(year + 1, 1, 1);
        var nextJune = new DateOnly(year + 1, 6, 30);
        await RecordAsync(new AgreementInput(loyal, "Модуль 3-я полоса, верх — годовой договор", AgreementForm.Written, thisYear)
        {
            ValidTo = endOfYear,
            Terms = "Еженедельно, 1/4 полосы, скидка 10%",
            Claims = [new ResourceClaimRequest(Slot, thisYear, endOfYear)],
        }, cancellationToken);
        await RecordAsync(new AgreementInput(loyal, "Продление 3-й полосы, верх, на январь–июнь", AgreementForm.Oral, nextJanuary)
        {
            ValidTo = nextJune,
            Terms = "На тех же условиях; договор пришлём в декабре",
            Claims = [new ResourceClaimRequest(Slot, nextJanuary, nextJune)],
        }, cancellationToken);
        notification.Report.Add(AgreementsModule.Id, "agreements", 2);
    }

    private async Task RecordAsync(AgreementInput input, CancellationToken cancellationToken)
    {
        var result = await record.HandleAsync(input, DemoCast.HeadOfSales, cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo agreement refused: {string.Join("; ", result.Errors.Select(e => e.Message))}");
        }
    }
}
