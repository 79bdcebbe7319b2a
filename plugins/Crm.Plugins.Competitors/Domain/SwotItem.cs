namespace Crm.Plugins.Competitors.Domain;

/// <summary>One point of a competitor's SWOT: a strength, weakness, opportunity or threat, in a sentence.</summary>
public sealed class SwotItem
{
    public Guid Id { get; set; }

    public Guid CompetitorId { get; set; }

    public SwotQuadrant Quadrant { get; set; }

    public string Text { get; set; } = "";
}

/// <summary>The four quadrants of a SWOT analysis.</summary>
public enum SwotQuadrant
{
    Strength,
    Weakness,
    Opportunity,
    Threat,
}
