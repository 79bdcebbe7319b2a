using Autofac;
using Autofac.Extensions.DependencyInjection;
using Crm.Host.Modules;
using Crm.Host.Persistence;
using Crm.Persistence.CrashWriter;
using Crm.Sdk.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// Usage: Crm.Persistence.CrashWriter <Crm:Database:Provider> <data folder or connection string>
// Prints "ready", then the sequence number of every write after its commit returned, until killed.
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Crm:Database:Provider"] = args[0],
    [args[0] == "Sqlite" ? "Crm:DataDirectory" : "ConnectionStrings:Crm"] = args[1],
}).Build();
var services = new ServiceCollection().AddLogging();
services.AddCrmPersistence(configuration);
var builder = new ContainerBuilder();
builder.Populate(services);
await using var container = builder.Build();

// As the host starts them: every service's StartAsync, then StartedAsync of those that have it.
var startups = container.Resolve<IEnumerable<IHostedService>>().ToList();
foreach (var startup in startups)
{
    await startup.StartAsync(CancellationToken.None);
}

foreach (var started in startups.OfType<IHostedLifecycleService>())
{
    await started.StartedAsync(CancellationToken.None);
}

await using var scope = container.BeginLifetimeScope(b => b.AddModuleDbContext<LedgerDbContext>(LedgerDbContext.LedgerModuleId));
var module = new ActiveModule(new LedgerModule(), scope, IsPlugin: false);
foreach (var step in container.Resolve<IEnumerable<IModuleActivationStep>>().OrderBy(s => s.Order))
{
    await step.ActivateAsync(module, CancellationToken.None);
}

var contexts = scope.Resolve<IDbContextFactory<LedgerDbContext>>();
Console.WriteLine("ready");
for (var sequence = 0; ; sequence++)
{
    await using var db = contexts.CreateDbContext();
    db.Entries.Add(new LedgerEntry { Sequence = sequence, Half = "a", Payload = LedgerEntry.PayloadFor(sequence, "a") });
    db.Entries.Add(new LedgerEntry { Sequence = sequence, Half = "b", Payload = LedgerEntry.PayloadFor(sequence, "b") });
    await db.SaveChangesAsync();
    Console.WriteLine(sequence);
}
