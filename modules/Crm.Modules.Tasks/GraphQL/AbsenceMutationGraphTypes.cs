using Crm.Modules.Tasks.Domain;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Ownership;
using Crm.Sdk.GraphQL;
using GraphQL.Types;

namespace Crm.Modules.Tasks.GraphQL;

/// <summary>Input of <c>markAbsence</c>; <see cref="UserId"/> null means the caller.</summary>
public sealed record MarkAbsenceInput(string? UserId, DateTimeOffset From, DateTimeOffset To, string SubstituteId, string? Reason);

public sealed class MarkAbsenceInputGraphType : InputObjectGraphType<MarkAbsenceInput>
{
    public MarkAbsenceInputGraphType()
    {
        Name = "MarkAbsenceInput";
        Field<StringGraphType>("userId").Description("Who is away; you when omitted (marking someone else needs tasks.manage).");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("from");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("to").Description("Back at this moment (exclusive).");
        Field<NonNullGraphType<StringGraphType>>("substituteId");
        Field<StringGraphType>("reason");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        object? Get(string key) => value.TryGetValue(key, out var member) ? member : null;
        return new MarkAbsenceInput(
            Get("userId") as string,
            Get("from") is DateTimeOffset from ? from : default,
            Get("to") is DateTimeOffset to ? to : default,
            Get("substituteId") as string ?? "",
            Get("reason") as string);
    }
}

/// <summary>Input of <c>takeOverWork</c>: no records means all the open work.</summary>
public sealed record TakeOverWorkInput(string AbsenceId, IReadOnlyList<string>? Records);

public sealed class TakeOverWorkInputGraphType : InputObjectGraphType<TakeOverWorkInput>
{
    public TakeOverWorkInputGraphType()
    {
        Name = "TakeOverWorkInput";
        Field<NonNullGraphType<IdGraphType>>("absenceId");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("records").Description("Global ids of the records to take (from Absence.openWork); all of them when omitted.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var records = value.TryGetValue("records", out var list) && list is IEnumerable<object?> items ? items.Select(i => i?.ToString() ?? "").ToList() : null;
        return new TakeOverWorkInput(value["absenceId"]!.ToString()!, records);
    }
}

/// <summary>The payload of <c>markAbsence</c>.</summary>
public sealed record AbsencePayload(Absence? Absence, IReadOnlyList<IUserError> Errors) : IPayload
{
    public static AbsencePayload From(ContractResult<Absence> result) =>
        result.Succeeded ? new(result.Value, []) : new(null, result.Errors.ToUserErrors());
}

public sealed class AbsencePayloadGraphType : PayloadGraphType<AbsencePayload>
{
    public AbsencePayloadGraphType()
    {
        Name = "AbsencePayload";
        Field<AbsenceGraphType>("absence").Resolve(c => c.Source.Absence).ResolvesWithoutServices();
    }
}

/// <summary>The payload of <c>takeOverWork</c>: the records now the substitute's.</summary>
public sealed record TakeOverWorkPayload(IReadOnlyList<OwnedWork> Moved, IReadOnlyList<IUserError> Errors) : IPayload
{
    public static TakeOverWorkPayload From(ContractResult<IReadOnlyList<OwnedWork>> result) =>
        result.Succeeded ? new(result.Value, []) : new([], result.Errors.ToUserErrors());
}

public sealed class TakeOverWorkPayloadGraphType : PayloadGraphType<TakeOverWorkPayload>
{
    public TakeOverWorkPayloadGraphType()
    {
        Name = "TakeOverWorkPayload";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OwnedWorkGraphType>>>>("moved").Description("Each record taken over, with its previous owner.").Resolve(c => c.Source.Moved).ResolvesWithoutServices();
    }
}
