namespace Crm.Sdk.Contracts.Agreements;

/// <summary>
/// Someone else already holds the resource for an overlapping period: who, under which agreement, recorded
/// by whom and when, so the colleague about to promise it can call the right person first.
/// </summary>
/// <param name="Resource">The resource as the holder's agreement names it.</param>
/// <param name="HolderCustomerId">The customer who holds it.</param>
/// <param name="AgreementId">The agreement that holds it.</param>
/// <param name="AgreementSubject">That agreement's subject.</param>
/// <param name="AgreementStatus">That agreement's status (proposed or agreed).</param>
/// <param name="RecordedBy">The user who recorded that agreement.</param>
/// <param name="RecordedAt">When it was recorded.</param>
/// <param name="From">First day of the held period.</param>
/// <param name="To">Last day of the held period.</param>
public sealed record ResourceConflict(
    string Resource,
    Guid HolderCustomerId,
    Guid AgreementId,
    string AgreementSubject,
    AgreementStatus AgreementStatus,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    DateOnly From,
    DateOnly To);
