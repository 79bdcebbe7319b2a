using Crm.Modules.Agreements.Domain;
using Crm.Sdk.Contracts.Agreements;
using Crm.Sdk.GraphQL;
using GraphQL.Types;

namespace Crm.Modules.Agreements.GraphQL;

/// <summary>The <c>Agreement</c> node: a promise made to a client, with the resources it holds.</summary>
public sealed class AgreementGraphType : CrmObjectGraphType<Agreement>
{
    public AgreementGraphType()
    {
        this.IsNode("Agreement");
        Description = "A promise made to a client, oral or written, recorded so it outlives anyone's memory.";
        Field<NonNullGraphType<IdGraphType>>("customerId").Description("Global id of the client.").Resolve(c => GlobalId.Encode("Customer", c.Source.CustomerId)).ResolvesWithoutServices();
        Field(a => a.Subject);
        Field(a => a.Terms, nullable: true);
        Field<NonNullGraphType<AgreementFormGraphType>>("form").Resolve(c => c.Source.Form).ResolvesWithoutServices();
        Field<NonNullGraphType<AgreementStatusGraphType>>("status").Resolve(c => c.Source.Status).ResolvesWithoutServices();
        Field<NonNullGraphType<DateOnlyGraphType>>("validFrom").Resolve(c => c.Source.ValidFrom).ResolvesWithoutServices();
        Field<DateOnlyGraphType>("validTo").Resolve(c => c.Source.ValidTo).ResolvesWithoutServices();
        Field(a => a.RecordedBy);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("recordedAt").Resolve(c => new DateTimeOffset(c.Source.RecordedAt, TimeSpan.Zero)).ResolvesWithoutServices();
        Field<NonNullGraphType<LongGraphType>>("version").Resolve(c => c.Source.Version).ResolvesWithoutServices();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResourceClaimGraphType>>>>("claims").Resolve(c => c.Source.Claims).ResolvesWithoutServices();
    }
}

/// <summary>An agreement's hold on a named resource for a period.</summary>
public sealed class ResourceClaimGraphType : CrmObjectGraphType<ResourceClaim>
{
    public ResourceClaimGraphType()
    {
        Name = "ResourceClaim";
        Field(c => c.Resource);
        Field<NonNullGraphType<DateOnlyGraphType>>("from").Resolve(c => c.Source.From).ResolvesWithoutServices();
        Field<NonNullGraphType<DateOnlyGraphType>>("to").Resolve(c => c.Source.To).ResolvesWithoutServices();
        Field(c => c.IsActive).Description("True while the agreement is proposed or agreed.");
    }
}

public sealed class AgreementFormGraphType : EnumerationGraphType<AgreementForm>
{
    public AgreementFormGraphType()
    {
        Name = "AgreementForm";
    }
}

public sealed class AgreementStatusGraphType : EnumerationGraphType<AgreementStatus>
{
    public AgreementStatusGraphType()
    {
        Name = "AgreementStatus";
    }
}

/// <summary>
/// A typed user error: the resource is held by another client for an overlapping period. Names the holder, the
/// agreement, who recorded it and when, so the colleague can talk to the right person before promising.
/// </summary>
public sealed record ResourceConflictError(string Code, string Message, IReadOnlyList<string>? Path, ResourceConflict Conflict) : IUserError;

public sealed class ResourceConflictErrorGraphType : CrmObjectGraphType<ResourceConflictError>
{
    public ResourceConflictErrorGraphType()
    {
        Name = "ResourceConflict";
        Description = "The resource is already promised to another client for an overlapping period.";
        this.IsUserError();
        Field<NonNullGraphType<StringGraphType>>("resource").Resolve(c => c.Source.Conflict.Resource).ResolvesWithoutServices();
        Field<NonNullGraphType<IdGraphType>>("holderCustomerId").Resolve(c => GlobalId.Encode("Customer", c.Source.Conflict.HolderCustomerId)).ResolvesWithoutServices();
        Field<NonNullGraphType<IdGraphType>>("agreementId").Resolve(c => GlobalId.Encode("Agreement", c.Source.Conflict.AgreementId)).ResolvesWithoutServices();
        Field<NonNullGraphType<StringGraphType>>("agreementSubject").Resolve(c => c.Source.Conflict.AgreementSubject).ResolvesWithoutServices();
        Field<NonNullGraphType<StringGraphType>>("recordedBy").Resolve(c => c.Source.Conflict.RecordedBy).ResolvesWithoutServices();
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("recordedAt").Resolve(c => c.Source.Conflict.RecordedAt).ResolvesWithoutServices();
        Field<NonNullGraphType<DateOnlyGraphType>>("from").Resolve(c => c.Source.Conflict.From).ResolvesWithoutServices();
        Field<NonNullGraphType<DateOnlyGraphType>>("to").Resolve(c => c.Source.Conflict.To).ResolvesWithoutServices();
    }
}
