namespace Crm.Plugins.ServiceTickets.Domain;

/// <summary>
/// How long a ticket of one priority may take to be resolved. A priority without a row uses <see cref="Defaults"/>;
/// admins set a row with <c>setTicketSla</c> (tickets opened afterwards get the new due time).
/// </summary>
public sealed class SlaPolicy
{
    public TicketPriority Priority { get; set; }

    public int ResolveWithinMinutes { get; set; }

    /// <summary>Urgent 4 h, high 8 h, normal 24 h, low 72 h.</summary>
    public static IReadOnlyDictionary<TicketPriority, int> Defaults { get; } = new Dictionary<TicketPriority, int>
    {
        [TicketPriority.Urgent] = 4 * 60,
        [TicketPriority.High] = 8 * 60,
        [TicketPriority.Normal] = 24 * 60,
        [TicketPriority.Low] = 72 * 60,
    };
}
