using Crm.Host.Tests.GraphQL.TestModules;

namespace Crm.Host.Tests.GraphQL.Support;

/// <summary>Creates the test modules' databases and fills them with a deterministic small CRM.</summary>
internal static class CrmTestData
{
    public static IReadOnlyList<Sdk.Modules.ICrmModule> AllModules(TestDatabase database) =>
    [
        new CustomersTestModule(database),
        new InteractionsTestModule(database),
        new TicketsTestPlugin(database),
        new ManagersTestModule(database),
    ];

    /// <summary>Customer ids are <c>00000000-0000-0000-0000-{i:D12}</c> for i from 1, so tests can name them.</summary>
    public static Guid CustomerId(int i) => Guid.Parse($"00000000-0000-0000-0000-{i:D12}");

    public static async Task SeedAsync(TestDatabase database, int customers = 60)
    {
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        await using (var db = new CustomersDb(database.OptionsFor<CustomersDb>(CustomersTestModule.Id)))
        {
            await db.Database.EnsureCreatedAsync();
            for (var i = 1; i <= customers; i++)
            {
                db.Customers.Add(new Customer
                {
                    Id = CustomerId(i),
                    Name = i % 7 == 0 ? $"ООО Ромашка {i:D3}" : $"Customer {i:D3}",
                    Email = i % 5 == 0 ? null : $"c{i}@example.com",
                    Status = (CustomerStatus)(i % 4),
                    CreatedAt = start.AddDays(i),
                    Revenue = i * 100m,
                });
            }

            await db.SaveChangesAsync();
        }

        var managers = Enumerable.Range(1, 3).Select(m => new Manager { Id = Guid.Parse($"10000000-0000-0000-0000-{m:D12}"), Name = $"Manager {m}" }).ToList();
        await using (var db = new ManagersDb(database.OptionsFor<ManagersDb>(ManagersTestModule.Id)))
        {
            await db.Database.EnsureCreatedAsync();
            db.Managers.AddRange(managers);
            for (var i = 1; i <= customers; i++)
            {
                db.Assignments.Add(new ManagerAssignment { CustomerId = CustomerId(i), ManagerId = managers[i % managers.Count].Id });
            }

            await db.SaveChangesAsync();
        }

        await using (var db = new InteractionsDb(database.OptionsFor<InteractionsDb>(InteractionsTestModule.Id)))
        {
            await db.Database.EnsureCreatedAsync();
            for (var i = 1; i <= customers; i++)
            {
                for (var k = 0; k < 3; k++)
                {
                    db.Interactions.Add(new Interaction
                    {
                        Id = Guid.NewGuid(),
                        CustomerId = CustomerId(i),
                        Kind = (InteractionKind)(k % 4),
                        Subject = $"Contact {k} with customer {i}",
                        HappenedAt = start.AddDays(i).AddHours(k),
                    });
                }
            }

            await db.SaveChangesAsync();
        }

        await using (var db = new TicketsDb(database.OptionsFor<TicketsDb>(TicketsTestPlugin.Id)))
        {
            await db.Database.EnsureCreatedAsync();
            for (var i = 1; i <= customers; i++)
            {
                db.Tickets.Add(new Ticket { Id = Guid.NewGuid(), CustomerId = CustomerId(i), Title = $"Ticket of {i}", IsOpen = i % 2 == 0 });
                db.Tickets.Add(new Ticket { Id = Guid.NewGuid(), CustomerId = CustomerId(i), Title = $"Old ticket of {i}", IsOpen = false });
            }

            await db.SaveChangesAsync();
        }
    }
}
