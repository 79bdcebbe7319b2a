using System.Globalization;
using Crm.Modules.Agreements.Domain;
using Crm.Modules.Agreements.UseCases;
using Crm.Sdk.Contracts;
using Crm.Sdk.Contracts.Agreements;
using Crm.Sdk.GraphQL;
using GraphQL.Types;

namespace Crm.Modules.Agreements.GraphQL;

/// <summary>Input of <c>recordAgreement</c>.</summary>
public sealed record RecordAgreementInput(string CustomerId, AgreementInput Agreement);

public sealed class ResourceClaimInputGraphType : InputObjectGraphType<ResourceClaimRequest>
{
    public ResourceClaimInputGraphType()
    {
        Name = "ResourceClaimInput";
        Field<NonNullGraphType<StringGraphType>>("resource").Description("e.g. \"Page 3, top\"; case and spacing do not matter.");
        Field<NonNullGraphType<DateOnlyGraphType>>("from");
        Field<NonNullGraphType<DateOnlyGraphType>>("to");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new ResourceClaimRequest(value["resource"] as string ?? "", (DateOnly)value["from"]!, (DateOnly)value["to"]!);
    }
}

public sealed class RecordAgreementInputGraphType : InputObjectGraphType<RecordAgreementInput>
{
    public RecordAgreementInputGraphType()
    {
        Name = "RecordAgreementInput";
        Field<NonNullGraphType<IdGraphType>>("customerId");
        Field<NonNullGraphType<StringGraphType>>("subject");
        Field<StringGraphType>("terms");
        Field<NonNullGraphType<AgreementFormGraphType>>("form");
        Field<AgreementStatusGraphType>("status").Description("PROPOSED or AGREED (default).");
        Field<NonNullGraphType<DateOnlyGraphType>>("validFrom");
        Field<DateOnlyGraphType>("validTo");
        Field<ListGraphType<NonNullGraphType<ResourceClaimInputGraphType>>>("claims");
        Field<StringGraphType>("overrideReason").Description("Go ahead despite conflicting claims; the reason is recorded with whose claim was overridden.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        object? Get(string key) => value.TryGetValue(key, out var member) ? member : null;
        var customer = Get("customerId")?.ToString() ?? "";
        var id = GlobalId.TryDecode(customer, out var type, out var local) && type == "Customer" && Guid.TryParseExact(local, "N", out var parsed) ? parsed : Guid.Empty;
        return new RecordAgreementInput(customer, new AgreementInput(id, Get("subject") as string ?? "", Get("form") is AgreementForm f ? f : AgreementForm.Oral, (DateOnly)Get("validFrom")!)
        {
            Terms = Get("terms") as string,
            Status = Get("status") is AgreementStatus s ? s : AgreementStatus.Agreed,
            ValidTo = Get("validTo") as DateOnly?,
            Claims = (Get("claims") as IEnumerable<object?>)?.OfType<ResourceClaimRequest>().ToList() ?? [],
            OverrideReason = Get("overrideReason") as string,
        });
    }
}

/// <summary>Input of <c>changeAgreementStatus</c>.</summary>
public sealed record ChangeAgreementStatusInput(string Id, long Version, AgreementStatus Status);

public sealed class ChangeAgreementStatusInputGraphType : InputObjectGraphType<ChangeAgreementStatusInput>
{
    public ChangeAgreementStatusInputGraphType()
    {
        Name = "ChangeAgreementStatusInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<LongGraphType>>("version");
        Field<NonNullGraphType<AgreementStatusGraphType>>("status");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new ChangeAgreementStatusInput(value["id"]!.ToString()!, Convert.ToInt64(value["version"], CultureInfo.InvariantCulture), (AgreementStatus)value["status"]!);
    }
}

/// <summary>The payload of the agreement mutations; conflicts come as typed <c>ResourceConflict</c> errors.</summary>
public sealed record AgreementPayload(Agreement? Agreement, IReadOnlyList<IUserError> Errors) : IPayload
{
    public static AgreementPayload From(AgreementResult result)
    {
        if (result.Succeeded)
        {
            return new(result.Agreement, []);
        }

        var conflicts = result.Errors.Where(e => e.Code == ContractErrorCodes.ResourceConflict).Zip(result.Conflicts)
            .Select(pair => (IUserError)new ResourceConflictError(pair.First.Code, pair.First.Message, ["input", "claims"], pair.Second));
        return new(null, result.Errors.Where(e => e.Code != ContractErrorCodes.ResourceConflict).ToUserErrors().Concat(conflicts).ToList());
    }
}

public sealed class AgreementPayloadGraphType : PayloadGraphType<AgreementPayload>
{
    public AgreementPayloadGraphType()
    {
        Name = "AgreementPayload";
        Field<AgreementGraphType>("agreement").Resolve(c => c.Source.Agreement).ResolvesWithoutServices();
    }
}
