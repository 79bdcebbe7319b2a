using Autofac;
using Crm.Modules.Agreements.Storage;
using Crm.Modules.Agreements.UseCases;
using Crm.Modules.History.Tests.Support;
using Crm.Modules.Interactions.UseCases;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Agreements;
using Crm.Sdk.Contracts.Interactions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.History.Tests.Agreements.UseCases;

/// <summary>The newspaper case: an oral extension of an ad slot must stop a colleague from selling the slot again.</summary>
public sealed class RecordAgreementTests : IAsyncLifetime
{
    private static readonly DateOnly January = new(2027, 1, 1);
    private static readonly DateOnly June = new(2027, 6, 30);
    private HistoryHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await HistoryHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_claim_overlapping_another_clients_is_refused_naming_holder_agreement_recorder_and_date()
    {
        var loyal = await _harness.CustomerAsync("Вечерний город");
        var newcomer = await _harness.CustomerAsync("Fresh Bakery");
        var extension = await RecordAsync(SlotFor(loyal.Id, January, June) with { Form = AgreementForm.Oral }, "irina");
        Assert.True(extension.Succeeded);

        var sale = await RecordAsync(SlotFor(newcomer.Id, new DateOnly(2027, 3, 1), new DateOnly(2027, 8, 31)) with { Claims = [new ResourceClaimRequest("PAGE 3,   top", new DateOnly(2027, 3, 1), new DateOnly(2027, 8, 31))] }, "pavel");

        Assert.False(sale.Succeeded);
        var conflict = Assert.Single(sale.Conflicts);
        Assert.Equal((loyal.Id, extension.Agreement!.Id, "irina", January, June), (conflict.HolderCustomerId, conflict.AgreementId, conflict.RecordedBy, conflict.From, conflict.To));
        var error = Assert.Single(sale.Errors);
        Assert.Equal(ContractErrorCodes.ResourceConflict, error.Code);
        Assert.Contains("Вечерний город", error.Message, StringComparison.Ordinal);
        Assert.Contains("irina", error.Message, StringComparison.Ordinal);
        await using var scope = _harness.BeginRequest();
        Assert.Equal(1, await scope.Resolve<AgreementsDbContext>().Agreements.CountAsync());
    }

    [Fact]
    public async Task Going_ahead_anyway_needs_a_reason_which_is_kept_with_whose_claim_was_overridden()
    {
        var loyal = await _harness.CustomerAsync("Вечерний город");
        var newcomer = await _harness.CustomerAsync("Fresh Bakery");
        var extension = await RecordAsync(SlotFor(loyal.Id, January, June), "irina");

        var sale = await RecordAsync(SlotFor(newcomer.Id, January, January.AddDays(30)) with { OverrideReason = "Director agreed: the loyal client moves to page 5" }, "pavel");

        Assert.True(sale.Succeeded);
        await using var scope = _harness.BeginRequest();
        var recorded = await scope.Resolve<AgreementsDbContext>().Overrides.SingleAsync();
        Assert.Equal((sale.Agreement!.Id, extension.Agreement!.Id, loyal.Id, "pavel"), (recorded.AgreementId, recorded.OverriddenAgreementId, recorded.OverriddenCustomerId, recorded.OverriddenBy));
        Assert.StartsWith("Director agreed", recorded.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_client_periods_that_do_not_overlap_and_released_claims_do_not_conflict()
    {
        var loyal = await _harness.CustomerAsync("Вечерний город");
        var newcomer = await _harness.CustomerAsync("Fresh Bakery");
        var held = await RecordAsync(SlotFor(loyal.Id, January, June), "irina");

        Assert.True((await RecordAsync(SlotFor(loyal.Id, June, June.AddMonths(6)), "irina")).Succeeded);
        Assert.True((await RecordAsync(SlotFor(newcomer.Id, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), "pavel")).Succeeded);
        var cancelled = await _harness.InRequest<ChangeAgreementStatus, AgreementResult>(c => c.HandleAsync(held.Agreement!.Id, 1, AgreementStatus.Cancelled, "irina", CancellationToken.None));
        Assert.True(cancelled.Succeeded);

        await using var scope = _harness.BeginRequest();
        var conflicts = await scope.Resolve<IMediator>().Send(new CheckResourceClaims(newcomer.Id, [new ResourceClaimRequest("Page 3, top", January, new DateOnly(2027, 5, 31))]));
        Assert.Empty(conflicts);
        var stillHeld = await scope.Resolve<IMediator>().Send(new CheckResourceClaims(newcomer.Id, [new ResourceClaimRequest("page 3, top", June, June)]));
        Assert.Equal(loyal.Id, Assert.Single(stillHeld).HolderCustomerId);
    }

    [Fact]
    public async Task An_agreement_ending_before_it_starts_or_for_an_unknown_customer_is_refused_and_nothing_is_written()
    {
        var client = await _harness.CustomerAsync("Client");

        var backwards = await RecordAsync(new AgreementInput(client.Id, "Discount", AgreementForm.Written, June) { ValidTo = January }, "anna");
        var claimBackwards = await RecordAsync(SlotFor(client.Id, June, January), "anna");
        var unknown = await RecordAsync(SlotFor(Guid.NewGuid(), January, June), "anna");

        Assert.Equal(ContractErrorCodes.InvalidPeriod, Assert.Single(backwards.Errors).Code);
        Assert.Equal(["validTo", "claims[0].to"], claimBackwards.Errors.Where(e => e.Code == ContractErrorCodes.InvalidPeriod).Select(e => e.Field));
        Assert.Equal(ContractErrorCodes.NotFound, Assert.Single(unknown.Errors).Code);
        await using var scope = _harness.BeginRequest();
        Assert.Equal(0, await scope.Resolve<AgreementsDbContext>().Agreements.CountAsync());
    }

    [Fact]
    public async Task Each_agreement_and_status_change_lands_in_the_clients_timeline()
    {
        var client = await _harness.CustomerAsync("Client");
        var recorded = await RecordAsync(SlotFor(client.Id, January, June) with { Status = AgreementStatus.Proposed }, "anna");
        await _harness.InRequest<ChangeAgreementStatus, AgreementResult>(c => c.HandleAsync(recorded.Agreement!.Id, 1, AgreementStatus.Agreed, "anna", CancellationToken.None));

        var timeline = await _harness.InRequest<GetTimeline, ContractResult<TimelinePage>>(t => t.HandleAsync(new TimelineQuery(client.Id, 10), CancellationToken.None));

        var entries = timeline.Value.Items;
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal((InteractionKinds.Agreement, "Agreement", recorded.Agreement!.Id.ToString()), (e.Kind, e.ConcernsType!, e.ConcernsId!)));
        Assert.Contains(entries, e => e.Subject.StartsWith("Agreement AGREED (was PROPOSED)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Status_changes_follow_the_life_cycle_and_refuse_stale_versions()
    {
        var client = await _harness.CustomerAsync("Client");
        var recorded = await RecordAsync(SlotFor(client.Id, January, June), "anna");
        var id = recorded.Agreement!.Id;

        var fulfilled = await ChangeAsync(id, 1, AgreementStatus.Fulfilled);
        var stale = await ChangeAsync(id, 1, AgreementStatus.Cancelled);
        var revived = await ChangeAsync(id, 2, AgreementStatus.Agreed);
        var unknown = await ChangeAsync(Guid.NewGuid(), 1, AgreementStatus.Cancelled);

        Assert.True(fulfilled.Succeeded);
        Assert.Equal(ContractErrorCodes.Conflict, Assert.Single(stale.Errors).Code);
        Assert.Equal(ContractErrorCodes.InvalidTransition, Assert.Single(revived.Errors).Code);
        Assert.Equal(ContractErrorCodes.NotFound, Assert.Single(unknown.Errors).Code);
    }

    [Fact]
    public async Task Agreements_expiring_within_the_next_days_are_listed_soonest_first()
    {
        var client = await _harness.CustomerAsync("Client");
        var today = DateOnly.FromDateTime(HistoryHarness.Start.UtcDateTime);
        var soon = await RecordAsync(new AgreementInput(client.Id, "Soon", AgreementForm.Oral, today.AddDays(-100)) { ValidTo = today.AddDays(10) }, "anna");
        var sooner = await RecordAsync(new AgreementInput(client.Id, "Sooner", AgreementForm.Oral, today.AddDays(-100)) { ValidTo = today.AddDays(2) }, "anna");
        await RecordAsync(new AgreementInput(client.Id, "Later", AgreementForm.Oral, today.AddDays(-100)) { ValidTo = today.AddDays(60) }, "anna");
        await RecordAsync(new AgreementInput(client.Id, "Open-ended", AgreementForm.Oral, today.AddDays(-100)), "anna");

        var expiring = await _harness.InRequest<AgreementsExpiring, ContractResult<IReadOnlyList<Crm.Modules.Agreements.Domain.Agreement>>>(e => e.HandleAsync(30, CancellationToken.None));

        Assert.Equal([sooner.Agreement!.Id, soon.Agreement!.Id], expiring.Value.Select(a => a.Id));
    }

    private static AgreementInput SlotFor(Guid customerId, DateOnly from, DateOnly to) =>
        new(customerId, "Ad slot page 3, top", AgreementForm.Written, from)
        {
            ValidTo = to,
            Claims = [new ResourceClaimRequest("Page 3, top", from, to)],
        };

    private Task<AgreementResult> RecordAsync(AgreementInput input, string actor) =>
        _harness.InRequest<RecordAgreement, AgreementResult>(r => r.HandleAsync(input, actor, CancellationToken.None));

    private Task<AgreementResult> ChangeAsync(Guid id, long version, AgreementStatus status) =>
        _harness.InRequest<ChangeAgreementStatus, AgreementResult>(c => c.HandleAsync(id, version, status, "anna", CancellationToken.None));
}
