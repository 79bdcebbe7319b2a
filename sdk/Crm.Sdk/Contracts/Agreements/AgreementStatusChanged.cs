using MediatR;

namespace Crm.Sdk.Contracts.Agreements;

/// <summary>Published by <c>crm.agreements</c> after an agreement's status change is committed.</summary>
/// <param name="AgreementId">The agreement.</param>
/// <param name="CustomerId">The customer it was made with.</param>
/// <param name="From">The status before.</param>
/// <param name="To">The status now.</param>
/// <param name="ChangedBy">Who changed it.</param>
public sealed record AgreementStatusChanged(Guid AgreementId, Guid CustomerId, AgreementStatus From, AgreementStatus To, string ChangedBy) : INotification;
