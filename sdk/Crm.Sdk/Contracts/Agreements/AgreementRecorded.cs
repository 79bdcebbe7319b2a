using MediatR;

namespace Crm.Sdk.Contracts.Agreements;

/// <summary>Published by <c>crm.agreements</c> after an agreement is committed.</summary>
/// <param name="AgreementId">The agreement.</param>
/// <param name="CustomerId">The customer it was made with.</param>
/// <param name="Subject">What was agreed, in one line.</param>
/// <param name="Status">Its status when recorded.</param>
/// <param name="RecordedBy">Who recorded it.</param>
public sealed record AgreementRecorded(Guid AgreementId, Guid CustomerId, string Subject, AgreementStatus Status, string RecordedBy) : INotification;
