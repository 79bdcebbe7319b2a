using Crm.Plugins.Competitors.Domain;
using Crm.Plugins.Competitors.UseCases;
using Crm.Sdk.GraphQL;
using GraphQL.Types;

namespace Crm.Plugins.Competitors.GraphQL;

/// <summary>The payload of the mutations that change a competitor's record: the competitor afterwards.</summary>
public sealed record CompetitorPayload(Competitor? Competitor, IReadOnlyList<IUserError> Errors) : IPayload
{
    public static CompetitorPayload From(CompetitorResult<Competitor> result) => new(result.Value, Crm.Sdk.Contracts.ContractErrorExtensions.ToUserErrors(result.Errors));
}

public sealed class CompetitorPayloadGraphType : PayloadGraphType<CompetitorPayload>
{
    public CompetitorPayloadGraphType()
    {
        Name = "CompetitorPayload";
        Field<CompetitorGraphType>("competitor").Resolve(c => c.Source.Competitor).ResolvesWithoutServices();
    }
}

/// <summary>The payload of <c>uploadPositioningFile</c>: the stored file, or why it was refused (nothing stored).</summary>
public sealed record PositioningFilePayload(PositioningFile? File, IReadOnlyList<IUserError> Errors) : IPayload
{
    public static PositioningFilePayload From(CompetitorResult<PositioningFile> result) => new(result.Value, Crm.Sdk.Contracts.ContractErrorExtensions.ToUserErrors(result.Errors));
}

public sealed class PositioningFilePayloadGraphType : PayloadGraphType<PositioningFilePayload>
{
    public PositioningFilePayloadGraphType()
    {
        Name = "PositioningFilePayload";
        Field<PositioningFileGraphType>("file").Resolve(c => c.Source.File).ResolvesWithoutServices();
    }
}
