namespace Crm.Sdk.Contracts.Interactions;

/// <summary>
/// The kinds of timeline entries the interactions module knows. Kinds are open: a module may record its own
/// (upper-case letters, digits and '_', up to 32 characters, e.g. <c>TICKET</c>) and it shows in the timeline
/// like the built-in ones.
/// </summary>
public static class InteractionKinds
{
    /// <summary>A phone call.</summary>
    public const string Call = "CALL";

    /// <summary>A meeting in person or online.</summary>
    public const string Meeting = "MEETING";

    /// <summary>An e-mail.</summary>
    public const string Email = "EMAIL";

    /// <summary>A chat or messenger message.</summary>
    public const string Message = "MESSAGE";

    /// <summary>A purchase by the customer.</summary>
    public const string Purchase = "PURCHASE";

    /// <summary>A complaint by the customer.</summary>
    public const string Complaint = "COMPLAINT";

    /// <summary>An internal note about the customer.</summary>
    public const string Note = "NOTE";

    /// <summary>An agreement recorded or changed (written by <c>crm.agreements</c>).</summary>
    public const string Agreement = "AGREEMENT";

    /// <summary>An invoice sent to the customer.</summary>
    public const string Invoice = "INVOICE";

    /// <summary>
    /// Not a kind to record: what the GraphQL enum <c>InteractionKind</c> shows for a stored kind whose module is not
    /// enabled now (the exact kind stays readable as <c>kindName</c>). Recording it is refused.
    /// </summary>
    public const string Other = "OTHER";

    /// <summary>The built-in kinds, in the order a client should list them.</summary>
    public static IReadOnlyList<string> BuiltIn { get; } = [Call, Meeting, Email, Message, Purchase, Complaint, Note, Agreement, Invoice];

    /// <summary>True when <paramref name="kind"/> is a well-formed kind name (built-in or not).</summary>
    public static bool IsWellFormed(string? kind) =>
        kind is { Length: > 0 and <= 32 } && char.IsAsciiLetterUpper(kind[0]) && kind.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_');
}
