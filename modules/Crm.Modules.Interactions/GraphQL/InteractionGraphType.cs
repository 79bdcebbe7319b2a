using System.Globalization;
using Crm.Modules.Interactions.Domain;
using Crm.Sdk.Contracts.Interactions;
using Crm.Sdk.GraphQL;
using GraphQL.Types;

namespace Crm.Modules.Interactions.GraphQL;

/// <summary>The <c>Interaction</c> node: one entry of a customer's timeline.</summary>
public sealed class InteractionGraphType : CrmObjectGraphType<Interaction>
{
    public InteractionGraphType()
    {
        this.IsNode("Interaction", i => i.Id.ToString(CultureInfo.InvariantCulture));
        Description = "One contact with a customer or one event in its history, recorded once and visible to every colleague.";
        Field<NonNullGraphType<InteractionKindGraphType>>("kind")
            .Description("The kind; OTHER when the module that added this kind is not enabled now.")
            .Resolve(c => KindInSchema(c.FieldDefinition.ResolvedType, c.Source.Kind)).ResolvesWithoutServices();
        Field<NonNullGraphType<StringGraphType>>("kindName")
            .Description("The exact kind as stored, also when `kind` says OTHER (e.g. TICKET of a disabled plugin).")
            .Resolve(c => c.Source.Kind).ResolvesWithoutServices();
        Field<NonNullGraphType<InteractionDirectionGraphType>>("direction").Resolve(c => c.Source.Direction).ResolvesWithoutServices();
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("occurredAt").Resolve(c => new DateTimeOffset(c.Source.OccurredAt, TimeSpan.Zero)).ResolvesWithoutServices();
        Field(i => i.RecordedBy).Description("The user who recorded it.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("participants").Resolve(c => c.Source.ParticipantList).ResolvesWithoutServices();
        Field(i => i.Subject);
        Field(i => i.Summary, nullable: true);
        Field(i => i.Outcome, nullable: true);
        Field<IdGraphType>("concerns").Description("The global id of the deal, ticket or agreement it concerns.")
            .Resolve(c => c.Source.ConcernsType is { } type && c.Source.ConcernsId is { } id ? GlobalId.Encode(type, id) : null).ResolvesWithoutServices();
        Field<NonNullGraphType<IdGraphType>>("customerId").Description("The global id of the customer.").Resolve(c => GlobalId.Encode("Customer", c.Source.CustomerId)).ResolvesWithoutServices();
    }

    // The composed enum holds the built-in kinds and those of the modules enabled now; a stored kind outside it
    // (its plugin was disabled) must still serialize, so it shows as OTHER.
    private static string KindInSchema(IGraphType? fieldType, string kind)
    {
        var enumType = (fieldType as NonNullGraphType)?.ResolvedType as EnumerationGraphType;
        return enumType?.Values.FindByName(kind) is not null ? kind : InteractionKindGraphType.Other;
    }
}

/// <summary><c>InteractionDirection</c>: INBOUND, OUTBOUND, INTERNAL.</summary>
public sealed class InteractionDirectionGraphType : EnumerationGraphType<InteractionDirection>
{
    public InteractionDirectionGraphType()
    {
        Name = "InteractionDirection";
        Description = "Who started an interaction.";
    }
}

/// <summary>The newest contact of some kinds with a customer.</summary>
public sealed class LastContactGraphType : CrmObjectGraphType<LastContactRow>
{
    public LastContactGraphType()
    {
        Name = "LastContact";
        Field(l => l.Kind);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => new DateTimeOffset(c.Source.LastAt, TimeSpan.Zero)).ResolvesWithoutServices();
        Field<NonNullGraphType<IdGraphType>>("interactionId").Resolve(c => GlobalId.Encode("Interaction", c.Source.InteractionId.ToString(CultureInfo.InvariantCulture))).ResolvesWithoutServices();
    }
}
