using Autofac;
using Crm.Modules.Agreements.Storage;
using Crm.Modules.Agreements.UseCases;
using Crm.Modules.Sales.Domain;
using Crm.Modules.Sales.Storage;
using Crm.Modules.Sales.UseCases;
using Crm.Modules.Tasks.Domain;
using Crm.Modules.Tasks.Storage;
using Crm.Modules.Tasks.Tests.Support;
using Crm.Modules.Tasks.UseCases;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Agreements;
using Crm.Sdk.Contracts.Interactions;
using Crm.Sdk.Contracts.Ownership;
using Crm.Sdk.Contracts.WorkingNow;
using Crm.Sdk.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Tasks.Tests.UseCases;

/// <summary>
/// A substitute sees an absent colleague's planned activities and active agreements (collected from both modules
/// through MediatR) and takes them over one by one or in bulk; each takeover is audited and shows in workingNow.
/// </summary>
public sealed class TakeOverWorkTests
{
    [Fact]
    public async Task The_substitute_takes_over_one_record_then_the_rest_and_the_client_shows_it()
    {
        await using var harness = await TasksHarness.StartAsync();
        var client = await harness.CustomerAsync("Вечерний город");
        var call = await harness.PlanAsync(client.Id, TasksHarness.Start.AddDays(1), assignee: "anna");
        var meeting = await harness.PlanAsync(client.Id, TasksHarness.Start.AddDays(2), assignee: "anna", kind: ActivityKind.Meeting);
        await harness.PlanAsync(client.Id, TasksHarness.Start.AddDays(1), assignee: "clara");
        var agreement = await harness.InRequest<RecordAgreement, AgreementResult>(r => r.HandleAsync(
            new AgreementInput(client.Id, "Page 3 top", AgreementForm.Oral, new DateOnly(2027, 1, 1)) { ValidTo = new DateOnly(2027, 6, 30) }, "anna", CancellationToken.None));
        var absence = await harness.InRequest<MarkAbsence, ContractResult<Absence>>(m => m.HandleAsync(
            new AbsenceInput("anna", TasksHarness.Start, TasksHarness.Start.AddDays(7), "boris"), "admin", CancellationToken.None));

        var open = new CollectOwnedWork("anna");
        await harness.InRequest<IMediator, bool>(async m => { await m.Publish(open); return true; });
        Assert.Equal(["ACTIVITY", "ACTIVITY", "AGREEMENT"], open.Items.Select(i => i.Kind));

        harness.Actor.Id = "boris";
        var one = await TakeOver(harness, absence.Value.Id, [new InteractionReference("Activity", call.Id.ToString("D"))], "boris");
        Assert.Equal([call.Id.ToString("N")], one.Value.Select(w => w.Record.Id));
        var rest = await TakeOver(harness, absence.Value.Id, null, "boris");
        Assert.Equal(["Activity", "Agreement"], rest.Value.Select(w => w.Record.Type));

        await using var scope = harness.BeginRequest();
        var tasks = scope.Resolve<TasksDbContext>();
        Assert.Equal(["boris", "boris", "clara"], await tasks.Activities.OrderBy(a => a.AssigneeId).Select(a => a.AssigneeId).ToListAsync());
        Assert.Equal("boris", (await scope.Resolve<AgreementsDbContext>().Agreements.SingleAsync()).RecordedBy);
        Assert.Equal(3, await tasks.Takeovers.CountAsync(t => t.FromUserId == "anna" && t.ToUserId == "boris"));
        var audited = await tasks.Set<AuditEntry>().Where(e => e.Entity == nameof(Activity) && e.EntityKey == meeting.Id.ToString() && e.Action == AuditAction.Modified).ToListAsync();
        Assert.Contains(audited, e => e.UserId == "boris" && e.Changes.Contains("\"AssigneeId\":{\"old\":\"anna\",\"new\":\"boris\"}", StringComparison.Ordinal));

        var now = new CollectWorkingNow(client.Id, harness.Time.Now.AddDays(-14));
        await scope.Resolve<IMediator>().Publish(now);
        Assert.Equal(3, now.Items.Count(i => i.Activity == "TAKEOVER" && i.UserId == "boris"));
        Assert.Contains(now.Items, i => i.Activity == "PLANNED_MEETING" && i.UserId == "boris");
        _ = agreement;
    }

    [Fact]
    public async Task Only_the_substitute_takes_over_and_unknown_records_move_nothing()
    {
        await using var harness = await TasksHarness.StartAsync();
        var client = await harness.CustomerAsync("Fresh Bakery");
        var call = await harness.PlanAsync(client.Id, TasksHarness.Start.AddDays(1), assignee: "anna");
        var absence = await harness.InRequest<MarkAbsence, ContractResult<Absence>>(m => m.HandleAsync(
            new AbsenceInput("anna", TasksHarness.Start, TasksHarness.Start.AddDays(7), "boris"), "admin", CancellationToken.None));

        var stranger = await TakeOver(harness, absence.Value.Id, null, "clara");
        var unknown = await TakeOver(harness, absence.Value.Id, [new InteractionReference("Activity", call.Id.ToString("N")), new InteractionReference("Opportunity", "42")], "boris");

        Assert.Equal(TaskErrorCodes.NotSubstitute, Assert.Single(stranger.Errors).Code);
        Assert.Equal(ContractErrorCodes.NotFound, Assert.Single(unknown.Errors).Code);
        Assert.Equal("anna", await harness.InRequest<TasksDbContext, string>(db => db.Activities.Select(a => a.AssigneeId).SingleAsync()));
        Assert.Equal(0, await harness.InRequest<TasksDbContext, int>(db => db.Takeovers.CountAsync()));
    }

    [Fact]
    public async Task New_leads_are_open_work_the_substitute_takes_over_and_worked_ones_stay()
    {
        await using var harness = await TasksHarness.StartAsync();
        var waiting = await harness.InRequest<ManageLeads, ContractResult<Lead>>(m => m.CaptureAsync(
            new LeadInput("Типография «Восток»", IsPerson: false, "anna") { Phone = "+7 495 123-45-67", Channel = "exhibition" }, CancellationToken.None));
        var dropped = await harness.InRequest<ManageLeads, ContractResult<Lead>>(m => m.CaptureAsync(new LeadInput("Old Mill", IsPerson: false, "anna"), CancellationToken.None));
        await harness.InRequest<ManageLeads, ContractResult<Lead>>(m => m.DisqualifyAsync(dropped.Value.Id, "No budget this year", CancellationToken.None));
        var absence = await harness.InRequest<MarkAbsence, ContractResult<Absence>>(m => m.HandleAsync(
            new AbsenceInput("anna", TasksHarness.Start, TasksHarness.Start.AddDays(7), "boris"), "admin", CancellationToken.None));

        var open = new CollectOwnedWork("anna");
        await harness.InRequest<IMediator, bool>(async m => { await m.Publish(open); return true; });
        var lead = Assert.Single(open.Items);
        Assert.Equal(("LEAD", "Lead", waiting.Value.Id.ToString()), (lead.Kind, lead.Record.Type, lead.Record.Id));
        Assert.Null(lead.CustomerId);
        Assert.Contains("+7 495 123-45-67", lead.Description, StringComparison.Ordinal);

        harness.Actor.Id = "boris";
        var taken = await TakeOver(harness, absence.Value.Id, null, "boris");

        Assert.Equal([lead.Record], taken.Value.Select(w => w.Record));
        await using var scope = harness.BeginRequest();
        var sales = scope.Resolve<SalesDbContext>();
        Assert.Equal(["anna", "boris"], await sales.Leads.OrderBy(l => l.OwnerId).Select(l => l.OwnerId).ToListAsync());
        Assert.Equal("boris", await sales.Leads.Where(l => l.Id == waiting.Value.Id).Select(l => l.OwnerId).SingleAsync());
        var audited = await sales.Set<AuditEntry>().Where(e => e.Entity == nameof(Lead) && e.EntityKey == waiting.Value.Id.ToString() && e.Action == AuditAction.Modified).ToListAsync();
        Assert.Contains(audited, e => e.UserId == "boris" && e.Changes.Contains("\"OwnerId\":{\"old\":\"anna\",\"new\":\"boris\"}", StringComparison.Ordinal));
        // A lead has no client whose workingNow could show it, so no takeover row is kept for it.
        Assert.Equal(0, await scope.Resolve<TasksDbContext>().Takeovers.CountAsync());
    }

    private static Task<ContractResult<IReadOnlyList<OwnedWork>>> TakeOver(TasksHarness harness, Guid absenceId, IReadOnlyList<InteractionReference>? records, string actor) =>
        harness.InRequest<TakeOverWork, ContractResult<IReadOnlyList<OwnedWork>>>(t => t.HandleAsync(absenceId, records, actor, actorManages: false, CancellationToken.None));
}
