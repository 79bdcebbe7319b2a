using Autofac;
using Crm.Modules.Customers.Domain;
using Crm.Modules.Customers.UseCases;
using Crm.Sdk.Contracts.Interactions;
using MediatR;

namespace Crm.Modules.History.Tests.Support;

/// <summary>Short ways to put real records in through the real use cases.</summary>
internal static class Sample
{
    public static async Task<Customer> CustomerAsync(this HistoryHarness harness, string name, string? manager = "manager-1", IReadOnlyList<string>? phones = null, IReadOnlyList<string>? tags = null)
    {
        await using var scope = harness.BeginRequest();
        var result = await scope.Resolve<CreateCustomer>().HandleAsync(
            new CustomerInput { Name = name, ManagerId = manager, Phones = phones ?? [], Tags = tags ?? [] },
            "tester",
            CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }

    public static async Task<RecordedInteraction> InteractionAsync(this HistoryHarness harness, Guid customerId, string kind, DateTimeOffset at, string by = "manager-1", string subject = "Talked")
    {
        await using var scope = harness.BeginRequest();
        var result = await scope.Resolve<IMediator>().Send(new RecordInteraction(customerId, kind, InteractionDirection.Outbound, at, by, subject));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }
}
