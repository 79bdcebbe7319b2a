using Crm.Modules.Tasks.Tests.Support;
using Crm.Modules.Tasks.UseCases;
using Crm.Sdk.Contracts.Seeding;
using MediatR;

namespace Crm.Modules.Tasks.Tests.Seeding;

/// <summary>The demo seed plans the cast's work with the demo clients, once.</summary>
public sealed class SeedDemoActivitiesHandlerTests
{
    [Fact]
    public async Task Seeds_the_demo_activities_once()
    {
        await using var harness = await TasksHarness.StartAsync();

        var first = new SeedDemoData(harness.Time.Now);
        await harness.InRequest<IMediator, bool>(async m => { await m.Publish(first); return true; });
        var second = new SeedDemoData(harness.Time.Now);
        await harness.InRequest<IMediator, bool>(async m => { await m.Publish(second); return true; });

        Assert.Contains(first.Report.Lines, l => l.ModuleId == TasksModule.Id && l.What == "activities" && l.Count == 3);
        Assert.Contains(second.Report.Lines, l => l.ModuleId == TasksModule.Id && l.SkippedBecause is not null);
        var day = await harness.InRequest<GetMyDay, MyDay>(g => g.HandleAsync(DemoCast.HeadOfSales, 50, CancellationToken.None));
        Assert.Equal(1, day.OverdueCount);
    }
}
