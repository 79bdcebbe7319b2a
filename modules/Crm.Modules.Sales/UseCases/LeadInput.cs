namespace Crm.Modules.Sales.UseCases;

/// <summary>Interest as it arrives: who, how to reach them, where it came from, through which channel, for what.</summary>
public sealed record LeadInput(string Name, bool IsPerson, string OwnerId)
{
    public string? Source { get; init; }

    public string? Channel { get; init; }

    public Guid? ProductOfInterestId { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }
}

/// <summary>Qualifying a lead: the opportunity to open for the new client (title, amount, funnel).</summary>
public sealed record QualifyInput(string Title, decimal Amount, string Currency, Guid FunnelId)
{
    public DateOnly? ExpectedCloseDate { get; init; }
}
