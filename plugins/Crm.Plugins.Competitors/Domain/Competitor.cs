using Crm.Sdk.GraphQL;

namespace Crm.Plugins.Competitors.Domain;

/// <summary>A company our clients also buy from, with what we know about it.</summary>
public sealed class Competitor : IEntity
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Upper-case name, unique: "Acme" and "ACME " are the same competitor.</summary>
    public string NameKey { get; set; } = "";

    public string? Website { get; set; }

    public string? Notes { get; set; }

    public DateTime CreatedAt { get; set; }

    public static string KeyOf(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
