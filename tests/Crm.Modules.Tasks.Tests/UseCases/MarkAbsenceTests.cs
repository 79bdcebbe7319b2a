using Crm.Modules.Tasks.Domain;
using Crm.Modules.Tasks.Storage;
using Crm.Modules.Tasks.Tests.Support;
using Crm.Modules.Tasks.UseCases;
using Crm.Sdk.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Tasks.Tests.UseCases;

/// <summary>Marking a colleague away: overlapping absences and an absent substitute are typed refusals.</summary>
public sealed class MarkAbsenceTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Marks_a_colleague_away_with_a_substitute()
    {
        await using var harness = await TasksHarness.StartAsync();

        var result = await Mark(harness, new AbsenceInput("anna", Monday, Monday.AddDays(5), "boris") { Reason = "Sick leave" });

        Assert.True(result.Succeeded);
        var stored = await harness.InRequest<TasksDbContext, Absence>(db => db.Absences.SingleAsync());
        Assert.Equal(("anna", "boris", Monday.UtcDateTime, Monday.AddDays(5).UtcDateTime), (stored.UserId, stored.SubstituteId, stored.From, stored.To));
    }

    [Fact]
    public async Task An_overlapping_absence_is_refused_and_nothing_is_written()
    {
        await using var harness = await TasksHarness.StartAsync();
        await Mark(harness, new AbsenceInput("anna", Monday, Monday.AddDays(5), "boris"));

        var overlapping = await Mark(harness, new AbsenceInput("anna", Monday.AddDays(4), Monday.AddDays(10), "clara"));
        var adjacent = await Mark(harness, new AbsenceInput("anna", Monday.AddDays(5), Monday.AddDays(6), "clara"));

        Assert.Equal(TaskErrorCodes.AbsenceOverlap, Assert.Single(overlapping.Errors).Code);
        Assert.True(adjacent.Succeeded, "an absence starting when the other ends does not overlap it");
        Assert.Equal(2, await harness.InRequest<TasksDbContext, int>(db => db.Absences.CountAsync()));
    }

    [Fact]
    public async Task A_substitute_who_is_away_himself_is_refused()
    {
        await using var harness = await TasksHarness.StartAsync();
        await Mark(harness, new AbsenceInput("boris", Monday.AddDays(2), Monday.AddDays(3), "clara"));

        var result = await Mark(harness, new AbsenceInput("anna", Monday, Monday.AddDays(5), "boris"));

        Assert.Equal((TaskErrorCodes.SubstituteAway, "substituteId"), (Assert.Single(result.Errors).Code, result.Errors[0].Field));
        Assert.Equal(1, await harness.InRequest<TasksDbContext, int>(db => db.Absences.CountAsync()));
    }

    [Theory]
    [InlineData("nobody", TaskErrorCodes.UnknownUser)]
    [InlineData("dmitry", TaskErrorCodes.UserInactive)]
    public async Task An_unknown_or_deactivated_substitute_is_refused(string substitute, string code)
    {
        await using var harness = await TasksHarness.StartAsync();

        var result = await Mark(harness, new AbsenceInput("anna", Monday, Monday.AddDays(1), substitute));

        Assert.Equal((code, "substituteId"), (Assert.Single(result.Errors).Code, result.Errors[0].Field));
    }

    [Fact]
    public async Task An_empty_period_and_standing_in_for_oneself_are_refused()
    {
        await using var harness = await TasksHarness.StartAsync();

        var result = await Mark(harness, new AbsenceInput("anna", Monday, Monday, "anna"));

        Assert.Equal([ContractErrorCodes.InvalidPeriod, ContractErrorCodes.InvalidInput], result.Errors.Select(e => e.Code));
    }

    private static Task<ContractResult<Absence>> Mark(TasksHarness harness, AbsenceInput input) =>
        harness.InRequest<MarkAbsence, ContractResult<Absence>>(m => m.HandleAsync(input, "admin", CancellationToken.None));
}
