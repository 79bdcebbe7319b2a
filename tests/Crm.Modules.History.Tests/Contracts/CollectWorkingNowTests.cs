using Autofac;
using Crm.Modules.Agreements.UseCases;
using Crm.Modules.History.Tests.Support;
using Crm.Sdk.Contracts.Agreements;
using Crm.Sdk.Contracts.Interactions;
using Crm.Sdk.Contracts.WorkingNow;
using MediatR;

namespace Crm.Modules.History.Tests.Contracts;

public sealed class CollectWorkingNowTests : IAsyncLifetime
{
    private HistoryHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await HistoryHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Every_module_that_knows_adds_who_is_working_with_the_client_now()
    {
        var client = await _harness.CustomerAsync("Client");
        var since = HistoryHarness.Start.AddDays(-14);
        await _harness.InteractionAsync(client.Id, InteractionKinds.Call, since.AddDays(-1), by: "old-timer");
        await _harness.InteractionAsync(client.Id, InteractionKinds.Call, since.AddDays(2), by: "anna", subject: "Asked about page 3");
        await _harness.InteractionAsync(client.Id, InteractionKinds.Meeting, since.AddDays(5), by: "anna", subject: "Lunch");
        await _harness.InRequest<RecordAgreement, AgreementResult>(r => r.HandleAsync(
            new AgreementInput(client.Id, "Offer: page 3 top", AgreementForm.Oral, new DateOnly(2027, 1, 1)) { Status = AgreementStatus.Proposed },
            "boris",
            CancellationToken.None));

        var collect = new CollectWorkingNow(client.Id, since);
        await using (var scope = _harness.BeginRequest())
        {
            await scope.Resolve<IMediator>().Publish(collect);
        }

        var items = collect.Items;
        Assert.DoesNotContain(items, i => i.UserId == "old-timer");
        Assert.Contains(items, i => i is { UserId: "anna", Activity: InteractionKinds.Meeting, Description: "Lunch", SourceModule: "crm.interactions" });
        Assert.Contains(items, i => i is { UserId: "boris", Activity: "OPEN_OFFER", SourceModule: "crm.agreements" });
        Assert.True(items.Zip(items.Skip(1)).All(p => p.First.At >= p.Second.At));
    }
}
