using Crm.Modules.Interactions.Domain;
using Crm.Modules.Interactions.Storage;
using Crm.Sdk.Contracts.Customers;
using Crm.Sdk.Contracts.Interactions;
using Crm.Sdk.Contracts.Seeding;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Interactions.Seeding;

/// <summary>
/// Volume for benchmarks: reads the customers page by page from <c>crm.customers</c>, copies them into the local
/// customer list, gives each M deterministic timeline entries over five years, and derives the last-contact
/// figures with one set-based statement per page. Multi-row INSERTs in one transaction per page.
/// </summary>
internal sealed class SeedLoadHistoryHandler(IDbContextFactory<InteractionsDbContext> contexts, IMediator mediator) : INotificationHandler<SeedLoadData>
{
    private const int PageSize = 2000;
    private static readonly string[] Kinds = [InteractionKinds.Call, InteractionKinds.Email, InteractionKinds.Meeting, InteractionKinds.Message, InteractionKinds.Invoice, InteractionKinds.Purchase, InteractionKinds.Note];
    private static readonly string[] Subjects = ["Call about the next placement", "Отправили прайс", "Meeting at the office", "Счёт за размещение", "Paid", "Уточнили макет", "Note"];

    public async Task Handle(SeedLoadData notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var random = new Random(notification.RandomSeed + 1);
        var now = notification.Now.UtcDateTime;
        long customers = 0;
        long entries = 0;
        Guid? after = null;
        while (true)
        {
            var page = await mediator.Send(new GetCustomerDirectoryPage(after, PageSize), cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            after = page[^1].CustomerId;
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var known = await db.KnownCustomers.Where(k => page.Select(p => p.CustomerId).Contains(k.CustomerId)).Select(k => k.CustomerId).ToListAsync(cancellationToken);
            var missing = page.Where(p => !known.Contains(p.CustomerId)).ToList();
            await BulkInsert.WriteAsync<KnownCustomer>(db, [nameof(KnownCustomer.CustomerId), nameof(KnownCustomer.Name), nameof(KnownCustomer.NameKey), nameof(KnownCustomer.ManagerId), nameof(KnownCustomer.IsArchived), nameof(KnownCustomer.CreatedAt)],
                missing.Select(c => new object?[] { c.CustomerId, c.Name, c.Name.Trim().ToLowerInvariant(), c.ManagerId, c.IsArchived, c.CreatedAt.UtcDateTime }).ToList(), null, cancellationToken);

            var firstNewId = (await db.Interactions.MaxAsync(i => (long?)i.Id, cancellationToken) ?? 0) + 1;
            var rows = new List<object?[]>(page.Count * notification.InteractionsPerCustomer);
            foreach (var customer in page)
            {
                for (var i = 0; i < notification.InteractionsPerCustomer; i++)
                {
                    var k = random.Next(Kinds.Length);
                    var at = now.AddMinutes(-random.Next(5 * 365 * 24 * 60));
                    rows.Add([customer.CustomerId, Kinds[k], k % 2 == 0 ? InteractionDirection.Outbound : InteractionDirection.Inbound, at, customer.ManagerId ?? "seed", at, "", Subjects[k]]);
                }
            }

            await BulkInsert.WriteAsync<Interaction>(db,
                [nameof(Interaction.CustomerId), nameof(Interaction.Kind), nameof(Interaction.Direction), nameof(Interaction.OccurredAt), nameof(Interaction.RecordedBy), nameof(Interaction.RecordedAt), nameof(Interaction.Participants), nameof(Interaction.Subject)],
                rows, null, cancellationToken);
            await DeriveLastContactsAsync(db, firstNewId, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            customers += page.Count;
            entries += rows.Count;
        }

        notification.Report.Add(InteractionsModule.Id, "customers copied to the local list", customers);
        notification.Report.Add(InteractionsModule.Id, "timeline entries", entries);
    }

    /// <summary>
    /// Newest entry per (customer, kind) among the rows just written, merged into last_contacts (newer wins), then
    /// those customers' last-contact time from their figures.
    /// </summary>
    private static async Task DeriveLastContactsAsync(InteractionsDbContext db, long firstNewId, CancellationToken cancellationToken)
    {
        var (interactions, i) = BulkInsert.Names<Interaction>(db);
        var (lastContacts, l) = BulkInsert.Names<LastContactRow>(db);
        var sql = $"""
            INSERT INTO {lastContacts} AS lc ({l("CustomerId")}, {l("Kind")}, {l("LastAt")}, {l("InteractionId")})
            SELECT ranked.c, ranked.k, ranked.at, ranked.id FROM (
                SELECT {i("CustomerId")} AS c, {i("Kind")} AS k, {i("OccurredAt")} AS at, {i("Id")} AS id,
                       ROW_NUMBER() OVER (PARTITION BY {i("CustomerId")}, {i("Kind")} ORDER BY {i("OccurredAt")} DESC, {i("Id")} DESC) AS rn
                FROM {interactions} WHERE {i("Id")} >= {firstNewId}) AS ranked
            WHERE ranked.rn = 1
            ON CONFLICT ({l("CustomerId")}, {l("Kind")}) DO UPDATE SET {l("LastAt")} = excluded.{l("LastAt")}, {l("InteractionId")} = excluded.{l("InteractionId")}
            WHERE excluded.{l("LastAt")} > lc.{l("LastAt")}
            """;
        await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        var written = $"\"CustomerId\" IN (SELECT {i("CustomerId")} FROM {interactions} WHERE {i("Id")} >= {firstNewId})";
        await db.Database.ExecuteSqlRawAsync(KnownCustomerLastContact.DeriveSql(db.Storage, written), cancellationToken);
    }
}
