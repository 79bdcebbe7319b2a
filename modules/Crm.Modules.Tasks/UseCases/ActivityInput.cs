using Crm.Modules.Tasks.Domain;

namespace Crm.Modules.Tasks.UseCases;

/// <summary>What a colleague plans: with whom, what, when and who does it.</summary>
public sealed record ActivityInput(Guid CustomerId, ActivityKind Kind, string Title, DateTimeOffset DueAt, string AssigneeId)
{
    public string? Notes { get; init; }
}
