using System.Globalization;
using Crm.Modules.Tasks.Domain;
using Crm.Sdk.Contracts;
using Crm.Sdk.GraphQL;
using GraphQL.Types;

namespace Crm.Modules.Tasks.GraphQL;

/// <summary>Input of <c>planActivity</c>; <see cref="AssigneeId"/> null means the caller.</summary>
public sealed record PlanActivityInput(string CustomerId, ActivityKind Kind, string Title, DateTimeOffset DueAt, string? AssigneeId, string? Notes);

public sealed class PlanActivityInputGraphType : InputObjectGraphType<PlanActivityInput>
{
    public PlanActivityInputGraphType()
    {
        Name = "PlanActivityInput";
        Field<NonNullGraphType<IdGraphType>>("customerId");
        Field<NonNullGraphType<EnumerationGraphType<ActivityKind>>>("kind");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("dueAt");
        Field<StringGraphType>("assigneeId").Description("User id of who is to do it; you when omitted.");
        Field<StringGraphType>("notes");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        object? Get(string key) => value.TryGetValue(key, out var member) ? member : null;
        return new PlanActivityInput(
            Get("customerId")?.ToString() ?? "",
            Get("kind") is ActivityKind kind ? kind : ActivityKind.Todo,
            Get("title") as string ?? "",
            Get("dueAt") is DateTimeOffset due ? due : default,
            Get("assigneeId") as string,
            Get("notes") as string);
    }
}

/// <summary>Input of <c>completeActivity</c>.</summary>
public sealed record CompleteActivityInput(string Id, long Version, string Outcome);

public sealed class CompleteActivityInputGraphType : InputObjectGraphType<CompleteActivityInput>
{
    public CompleteActivityInputGraphType()
    {
        Name = "CompleteActivityInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<LongGraphType>>("version");
        Field<NonNullGraphType<StringGraphType>>("outcome").Description("What came of it; written to the client's timeline.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new CompleteActivityInput(value["id"]!.ToString()!, Convert.ToInt64(value["version"], CultureInfo.InvariantCulture), value["outcome"] as string ?? "");
    }
}

/// <summary>Input of <c>cancelActivity</c>.</summary>
public sealed record CancelActivityInput(string Id, long Version);

public sealed class CancelActivityInputGraphType : InputObjectGraphType<CancelActivityInput>
{
    public CancelActivityInputGraphType()
    {
        Name = "CancelActivityInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<LongGraphType>>("version");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new CancelActivityInput(value["id"]!.ToString()!, Convert.ToInt64(value["version"], CultureInfo.InvariantCulture));
    }
}

/// <summary>Input of <c>dismissFollowUp</c>.</summary>
public sealed record DismissFollowUpInput(string Id);

public sealed class DismissFollowUpInputGraphType : InputObjectGraphType<DismissFollowUpInput>
{
    public DismissFollowUpInputGraphType()
    {
        Name = "DismissFollowUpInput";
        Field<NonNullGraphType<IdGraphType>>("id");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new DismissFollowUpInput(value["id"]!.ToString()!);
    }
}

/// <summary>The payload of the activity mutations.</summary>
public sealed record ActivityPayload(Activity? Activity, IReadOnlyList<IUserError> Errors) : IPayload
{
    public static ActivityPayload From(ContractResult<Activity> result) =>
        result.Succeeded ? new(result.Value, []) : new(null, result.Errors.ToUserErrors());
}

public sealed class ActivityPayloadGraphType : PayloadGraphType<ActivityPayload>
{
    public ActivityPayloadGraphType()
    {
        Name = "ActivityPayload";
        Field<ActivityGraphType>("activity").Resolve(c => c.Source.Activity).ResolvesWithoutServices();
    }
}

/// <summary>The payload of <c>dismissFollowUp</c>.</summary>
public sealed record FollowUpPayload(FollowUpSuggestion? FollowUp, IReadOnlyList<IUserError> Errors) : IPayload
{
    public static FollowUpPayload From(ContractResult<FollowUpSuggestion> result) =>
        result.Succeeded ? new(result.Value, []) : new(null, result.Errors.ToUserErrors());
}

public sealed class FollowUpPayloadGraphType : PayloadGraphType<FollowUpPayload>
{
    public FollowUpPayloadGraphType()
    {
        Name = "FollowUpPayload";
        Field<FollowUpSuggestionGraphType>("followUp").Resolve(c => c.Source.FollowUp).ResolvesWithoutServices();
    }
}
