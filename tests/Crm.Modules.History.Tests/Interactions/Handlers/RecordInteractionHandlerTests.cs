using Autofac;
using Crm.Modules.Customers.Domain;
using Crm.Modules.Customers.UseCases;
using Crm.Modules.History.Tests.Support;
using Crm.Modules.Interactions.Storage;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Interactions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.History.Tests.Interactions.Handlers;

public sealed class RecordInteractionHandlerTests : IAsyncLifetime
{
    private HistoryHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await HistoryHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Each_write_keeps_the_last_contact_per_kind_current_and_an_older_entry_never_moves_it_back()
    {
        var customer = await _harness.CustomerAsync("Client");
        var day = HistoryHarness.Start.AddDays(-10);
        var call = await _harness.InteractionAsync(customer.Id, InteractionKinds.Call, day);
        await _harness.InteractionAsync(customer.Id, InteractionKinds.Call, day.AddDays(-5));
        var email = await _harness.InteractionAsync(customer.Id, InteractionKinds.Email, day.AddDays(2));

        await using var scope = _harness.BeginRequest();
        var rows = await scope.Resolve<InteractionsDbContext>().LastContacts.OrderBy(l => l.Kind).ToListAsync();
        Assert.Equal([(InteractionKinds.Call, call.InteractionId), (InteractionKinds.Email, email.InteractionId)], rows.Select(r => (r.Kind, r.InteractionId)));
        Assert.Equal(day.UtcDateTime, rows[0].LastAt);

        var mediator = scope.Resolve<IMediator>();
        var any = await mediator.Send(new GetLastContacts([customer.Id]));
        var calls = await mediator.Send(new GetLastContacts([customer.Id], [InteractionKinds.Call]));
        Assert.Equal(email.InteractionId, any[customer.Id].InteractionId);
        Assert.Equal(call.InteractionId, calls[customer.Id].InteractionId);
    }

    [Fact]
    public async Task Recording_tells_listeners_and_is_refused_for_unknown_or_archived_customers_without_writing()
    {
        var customer = await _harness.CustomerAsync("Soon archived");
        await _harness.InRequest<ArchiveCustomer, ContractResult<Customer>>(a => a.HandleAsync(customer.Id, null, "anna", CancellationToken.None));

        await using var scope = _harness.BeginRequest();
        var mediator = scope.Resolve<IMediator>();
        var unknown = await mediator.Send(new RecordInteraction(Guid.NewGuid(), InteractionKinds.Call, InteractionDirection.Outbound, HistoryHarness.Start, "anna", "Hello"));
        var archived = await mediator.Send(new RecordInteraction(customer.Id, InteractionKinds.Call, InteractionDirection.Outbound, HistoryHarness.Start, "anna", "Hello"));
        var malformed = await mediator.Send(new RecordInteraction(customer.Id, "phone call", InteractionDirection.Outbound, HistoryHarness.Start.AddDays(3), "anna", " "));

        Assert.Equal(ContractErrorCodes.NotFound, Assert.Single(unknown.Errors).Code);
        Assert.Equal(ContractErrorCodes.CustomerArchived, Assert.Single(archived.Errors).Code);
        Assert.Equal(["customerId", "kind", "subject", "occurredAt"], malformed.Errors.Select(e => e.Field));
        var db = scope.Resolve<InteractionsDbContext>();
        Assert.Equal((0, 0), (await db.Interactions.CountAsync(), await db.LastContacts.CountAsync()));
    }

    [Fact]
    public async Task A_module_may_record_its_own_kind_with_a_reference_to_its_record()
    {
        var customer = await _harness.CustomerAsync("Client");
        await using var scope = _harness.BeginRequest();

        var result = await scope.Resolve<IMediator>().Send(new RecordInteraction(customer.Id, "TICKET", InteractionDirection.Inbound, HistoryHarness.Start, "support-bot", "Printer jam")
        {
            Concerns = new InteractionReference("Ticket", "T-42"),
            Participants = ["anna", "boris"],
        });

        Assert.True(result.Succeeded);
        var stored = await scope.Resolve<InteractionsDbContext>().Interactions.SingleAsync();
        Assert.Equal(("TICKET", "Ticket", "T-42", "anna,boris"), (stored.Kind, stored.ConcernsType, stored.ConcernsId, stored.Participants));
    }
}
