using Company.CrmPlugin.Domain;
using Company.CrmPlugin.Storage;
using Crm.Sdk.Contracts.Customers;
using Crm.Sdk.Contracts.Interactions;
using MediatR;

namespace Company.CrmPlugin.Handlers;

/// <summary>
/// Listens to <see cref="CustomerCreated"/> (published by crm.customers): stores a note in the plugin's table, then
/// writes an entry to the customer's timeline through the interactions module's contract.
/// </summary>
public sealed class GreetNewCustomer(GreetingDbContext database, IMediator mediator, TimeProvider time) : INotificationHandler<CustomerCreated>
{
    /// <summary>The timeline kind of the entries this plugin writes (kinds are open: upper-case, digits, '_').</summary>
    public const string TimelineKind = "GREETING";

    public async Task Handle(CustomerCreated notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var now = time.GetUtcNow();
        var note = new GreetingNote
        {
            Id = Guid.CreateVersion7(),
            CustomerId = notification.Customer.CustomerId,
            Text = GreetingNote.WelcomeTextFor(notification.Customer.Name),
            CreatedAt = now.UtcDateTime,
        };
        database.Notes.Add(note);
        await database.SaveChangesAsync(cancellationToken);

        var entry = await mediator.Send(
            new RecordInteraction(note.CustomerId, TimelineKind, InteractionDirection.Internal, now, "company.crm-plugin", note.Text)
            {
                Concerns = new InteractionReference("GreetingNote", note.Id.ToString()),
            },
            cancellationToken);
        if (!entry.Succeeded)
        {
            // The note is stored; a refused timeline entry is a defect for the logs, not something to hide.
            throw new InvalidOperationException($"The timeline refused the welcome note for {note.CustomerId}: {string.Join("; ", entry.Errors.Select(e => e.Message))}");
        }
    }
}
