using Crm.Sdk.Persistence;

namespace Crm.Host.Persistence.Auditing;

/// <summary>One page of the audit trail, newest first.</summary>
/// <param name="Entries">The entries of this page.</param>
/// <param name="NextCursor">Pass as <see cref="AuditQuery.After"/> for the next page; null on the last page.</param>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, long? NextCursor);
