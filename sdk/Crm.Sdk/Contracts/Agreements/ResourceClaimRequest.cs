namespace Crm.Sdk.Contracts.Agreements;

/// <summary>A wish to hold a named resource for a period, e.g. the ad slot "page 3, top" from January to June.</summary>
/// <param name="Resource">The resource's name; compared case-insensitively with spaces collapsed.</param>
/// <param name="From">First day held.</param>
/// <param name="To">Last day held (inclusive); not before <paramref name="From"/>.</param>
public sealed record ResourceClaimRequest(string Resource, DateOnly From, DateOnly To);
