namespace Crm.Modules.Sales.UseCases;

/// <summary>A new opportunity. Without <see cref="StageId"/> it starts in the funnel's first open stage; without <see cref="Probability"/> it takes the stage's.</summary>
public sealed record OpportunityInput(Guid CustomerId, string Title, decimal Amount, string Currency, string OwnerId, Guid FunnelId)
{
    public Guid? StageId { get; init; }

    public DateOnly? ExpectedCloseDate { get; init; }

    public int? Probability { get; init; }

    public IReadOnlyList<Guid> ProductIds { get; init; } = [];

    public Guid? LeadId { get; init; }
}
