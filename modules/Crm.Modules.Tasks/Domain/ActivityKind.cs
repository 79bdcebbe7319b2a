namespace Crm.Modules.Tasks.Domain;

/// <summary>What a planned activity is; a call and a meeting land in the timeline under the same kind when done.</summary>
public enum ActivityKind
{
    Call,
    Meeting,
    Todo,
}
