namespace Crm.Plugins.ServiceTickets.Domain;

/// <summary>A comment on a ticket, by a colleague; comments are never edited, only added.</summary>
public sealed class TicketComment
{
    public Guid Id { get; set; }

    public Guid TicketId { get; set; }

    public string Text { get; set; } = "";

    public string WrittenBy { get; set; } = "";

    public DateTime WrittenAt { get; set; }
}
