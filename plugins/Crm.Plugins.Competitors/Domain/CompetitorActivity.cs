namespace Crm.Plugins.Competitors.Domain;

/// <summary>Something a competitor was seen doing, when, and where we learned it.</summary>
public sealed class CompetitorActivity
{
    public Guid Id { get; set; }

    public Guid CompetitorId { get; set; }

    public ActivityKind Kind { get; set; }

    public string Description { get; set; } = "";

    public DateOnly ObservedOn { get; set; }

    /// <summary>Where it was seen: a link, a client's name, a trade fair.</summary>
    public string Source { get; set; } = "";
}

/// <summary>What kind of move a competitor made.</summary>
public enum ActivityKind
{
    PriceChange,
    Promotion,
    NewProduct,
    Other,
}
