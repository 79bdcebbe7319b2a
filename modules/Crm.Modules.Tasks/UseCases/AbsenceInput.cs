namespace Crm.Modules.Tasks.UseCases;

/// <summary>A colleague away from <see cref="From"/> (inclusive) to <see cref="To"/> (exclusive), and who stands in.</summary>
public sealed record AbsenceInput(string UserId, DateTimeOffset From, DateTimeOffset To, string SubstituteId)
{
    public string? Reason { get; init; }
}
