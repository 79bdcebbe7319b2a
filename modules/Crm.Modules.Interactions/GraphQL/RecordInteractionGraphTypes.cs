using Crm.Modules.Interactions.Domain;
using Crm.Sdk.Contracts.Interactions;
using Crm.Sdk.GraphQL;
using GraphQL.Types;

namespace Crm.Modules.Interactions.GraphQL;

/// <summary>Input of <c>recordInteraction</c>; who recorded it is the signed-in user.</summary>
public sealed record RecordInteractionInput(string CustomerId, string Kind, InteractionDirection Direction, DateTimeOffset OccurredAt, string Subject, string? Summary, string? Outcome, IReadOnlyList<string> Participants, string? Concerns);

public sealed class RecordInteractionInputGraphType : InputObjectGraphType<RecordInteractionInput>
{
    public RecordInteractionInputGraphType()
    {
        Name = "RecordInteractionInput";
        Field<NonNullGraphType<IdGraphType>>("customerId");
        Field<NonNullGraphType<InteractionKindGraphType>>("kind").Description("CALL, MEETING, EMAIL, ... or a kind an enabled module added.");
        Field<NonNullGraphType<InteractionDirectionGraphType>>("direction");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("occurredAt");
        Field<NonNullGraphType<StringGraphType>>("subject");
        Field<StringGraphType>("summary");
        Field<StringGraphType>("outcome");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("participants").Description("User ids of colleagues who took part.");
        Field<IdGraphType>("concerns").Description("Global id of the deal, ticket or agreement it concerns.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        object? Get(string key) => value.TryGetValue(key, out var member) ? member : null;
        return new RecordInteractionInput(
            Get("customerId")?.ToString() ?? "",
            Get("kind") as string ?? "",
            Get("direction") is InteractionDirection d ? d : InteractionDirection.Outbound,
            Get("occurredAt") is DateTimeOffset at ? at : default,
            Get("subject") as string ?? "",
            Get("summary") as string,
            Get("outcome") as string,
            (Get("participants") as IEnumerable<object?>)?.OfType<string>().ToList() ?? [],
            Get("concerns")?.ToString());
    }
}

/// <summary>The payload of <c>recordInteraction</c>.</summary>
public sealed record RecordInteractionPayload(Interaction? Interaction, IReadOnlyList<IUserError> Errors) : IPayload;

public sealed class RecordInteractionPayloadGraphType : PayloadGraphType<RecordInteractionPayload>
{
    public RecordInteractionPayloadGraphType()
    {
        Name = "RecordInteractionPayload";
        Field<InteractionGraphType>("interaction").Resolve(c => c.Source.Interaction).ResolvesWithoutServices();
    }
}
