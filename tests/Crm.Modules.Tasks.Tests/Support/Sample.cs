using Autofac;
using Crm.Modules.Customers.Domain;
using Crm.Modules.Customers.UseCases;
using Crm.Modules.Tasks.Domain;
using Crm.Modules.Tasks.UseCases;

namespace Crm.Modules.Tasks.Tests.Support;

/// <summary>Short ways to put real records in through the real use cases.</summary>
internal static class Sample
{
    public static async Task<Customer> CustomerAsync(this TasksHarness harness, string name, string? manager = "anna")
    {
        await using var scope = harness.BeginRequest();
        var result = await scope.Resolve<CreateCustomer>().HandleAsync(new CustomerInput { Name = name, ManagerId = manager }, "tester", CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }

    public static async Task<Activity> PlanAsync(this TasksHarness harness, Guid customerId, DateTimeOffset due, string assignee = "anna", ActivityKind kind = ActivityKind.Call, string title = "Call about the renewal")
    {
        await using var scope = harness.BeginRequest();
        var result = await scope.Resolve<PlanActivity>().HandleAsync(new ActivityInput(customerId, kind, title, due, assignee), harness.Actor.Id, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }
}
