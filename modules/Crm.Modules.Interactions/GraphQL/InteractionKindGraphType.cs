using Crm.Sdk.Contracts.Interactions;
using GraphQL.Types;

namespace Crm.Modules.Interactions.GraphQL;

/// <summary>
/// <c>InteractionKind</c>: the built-in kinds, <c>OTHER</c>, and the kinds enabled modules add with
/// <c>ExtendEnum("InteractionKind", ...)</c>. The internal value of each is its name, the string stored in the
/// timeline, so filters and inputs reach the storage unchanged.
/// </summary>
public sealed class InteractionKindGraphType : EnumerationGraphType
{
    /// <summary>What the timeline shows for an entry whose kind no enabled module declares (its plugin was disabled).</summary>
    public const string Other = InteractionKinds.Other;

    public InteractionKindGraphType()
    {
        Name = "InteractionKind";
        Description = "What kind of contact or event a timeline entry is. Modules add their own kinds while the server runs; an entry whose module is off shows as OTHER (its exact kind stays in `kindName`).";
        foreach (var kind in InteractionKinds.BuiltIn)
        {
            Add(new EnumValueDefinition(kind, kind) { Description = Describe(kind) });
        }

        Add(new EnumValueDefinition(Other, Other) { Description = "A kind added by a module that is not enabled now; read `kindName` for the exact kind." });
    }

    private static string Describe(string kind) => kind switch
    {
        InteractionKinds.Call => "A phone call.",
        InteractionKinds.Meeting => "A meeting in person or online.",
        InteractionKinds.Email => "An e-mail.",
        InteractionKinds.Message => "A chat or messenger message.",
        InteractionKinds.Purchase => "A purchase by the customer.",
        InteractionKinds.Complaint => "A complaint by the customer.",
        InteractionKinds.Note => "An internal note about the customer.",
        InteractionKinds.Agreement => "An agreement recorded or changed.",
        InteractionKinds.Invoice => "An invoice sent to the customer.",
        _ => kind,
    };
}
