using System.Globalization;
using Crm.Modules.Customers.Domain;
using Crm.Modules.Customers.Storage;
using Crm.Modules.Customers.UseCases;
using Crm.Sdk.Contracts.Seeding;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Customers.Seeding;

/// <summary>
/// Writes N deterministic customers (ids, names in Cyrillic and Latin, 1–2 phones in six formats) in batches of
/// one transaction each, with the change tracker cleared between batches so memory stays flat.
/// </summary>
internal sealed class SeedLoadCustomersHandler(IDbContextFactory<CustomersDbContext> contexts, TimeProvider time) : INotificationHandler<SeedLoadData>
{
    private const int BatchSize = 2000;
    private static readonly string[] Managers = ["load-manager-1", "load-manager-2", "load-manager-3", "load-manager-4", "load-manager-5"];
    private static readonly string[] RussianWords = ["Ромашка", "Север", "Гранит", "Весна", "Ладога", "Орбита", "Ёлка", "Радуга"];
    private static readonly string[] EnglishWords = ["Northwind", "Contoso", "Fabrikam", "Litware", "Adatum", "Tailspin", "Proseware", "Wingtip"];
    private static readonly string[] PhoneFormats = ["+7 ({0}) {1}-{2}-{3}", "8 {0} {1} {2} {3}", "+7{0}{1}{2}{3}", "8({0}){1}{2}{3}", "+7 {0} {1}-{2}{3}", "7-{0}-{1}-{2}-{3}"];

    public async Task Handle(SeedLoadData notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var random = new Random(notification.RandomSeed);
        var now = time.GetUtcNow().UtcDateTime;
        for (var start = 0; start < notification.Customers; start += BatchSize)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var count = Math.Min(BatchSize, notification.Customers - start);
            for (var i = 0; i < count; i++)
            {
                db.Customers.Add(Generate(random, start + i, now));
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        notification.Report.Add(CustomersModule.Id, "customers", notification.Customers);
    }

    private static Customer Generate(Random random, int index, DateTime now)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        var id = new Guid(bytes);
        var russian = index % 2 == 0;
        var words = russian ? RussianWords : EnglishWords;
        var name = russian
            ? string.Create(CultureInfo.InvariantCulture, $"ООО «{words[random.Next(words.Length)]} {index}»")
            : string.Create(CultureInfo.InvariantCulture, $"{words[random.Next(words.Length)]} {index} Ltd");
        var phones = Enumerable.Range(0, 1 + random.Next(2)).Select(_ => Phone(random)).ToList();
        var input = new CustomerInput
        {
            Name = name,
            Phones = phones,
            Emails = [string.Create(CultureInfo.InvariantCulture, $"client{index}@example.com")],
            Status = (CustomerStatus)random.Next(4),
            ManagerId = Managers[random.Next(Managers.Length)],
        };
        var customer = new Customer { Id = id, CreatedAt = now.AddDays(-random.Next(365 * 5)), UpdatedAt = now, CreatedBy = "seed", Version = 1 };
        CustomerInputValidator.Apply(input, customer);
        return customer;
    }

    private static string Phone(Random random)
    {
        var area = (new[] { "495", "499", "812", "916", "903" })[random.Next(5)];
        var format = PhoneFormats[random.Next(PhoneFormats.Length)];
        return string.Format(CultureInfo.InvariantCulture, format, area, random.Next(100, 1000), random.Next(10, 100).ToString("D2", CultureInfo.InvariantCulture), random.Next(10, 100).ToString("D2", CultureInfo.InvariantCulture));
    }
}
