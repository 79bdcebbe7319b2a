namespace Crm.Modules.Interactions.UseCases;

/// <summary>
/// "Who has nobody contacted since <see cref="Since"/>", by contact kinds (none given: any kind) and optionally
/// only the customers of one manager. Archived customers never appear.
/// </summary>
public sealed record WithoutContactQuery(DateTimeOffset Since, int First)
{
    public IReadOnlyList<string>? Kinds { get; init; }

    public string? ManagerId { get; init; }

    public string? After { get; init; }
}
