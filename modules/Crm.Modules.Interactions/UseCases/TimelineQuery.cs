namespace Crm.Modules.Interactions.UseCases;

/// <summary>Which part of a customer's timeline to read: newest first, optionally by kinds, period and authors.</summary>
public sealed record TimelineQuery(Guid CustomerId, int First)
{
    public string? After { get; init; }

    public IReadOnlyList<string>? Kinds { get; init; }

    /// <summary>Entries at or after this moment.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Entries before this moment.</summary>
    public DateTimeOffset? To { get; init; }

    public IReadOnlyList<string>? Authors { get; init; }
}
