using Crm.Sdk.Contracts.Interactions;

namespace Crm.Sdk.Contracts.Ownership;

/// <summary>One record a user owns, as the module that keeps it describes it.</summary>
/// <param name="Record">The record, as a GraphQL type name and id (e.g. <c>Opportunity</c>).</param>
/// <param name="CustomerId">The client it concerns; <see langword="null"/> for work not tied to a client yet (a lead).</param>
/// <param name="OwnerId">Its current owner.</param>
/// <param name="Kind">What it is, upper-case: <c>ACTIVITY</c>, <c>OPPORTUNITY</c>, <c>LEAD</c>, <c>AGREEMENT</c>...</param>
/// <param name="Description">One line a person understands.</param>
/// <param name="DueAt">When it is due or expected to close, if it has such a date.</param>
/// <param name="SourceModule">The id of the module that keeps the record.</param>
public sealed record OwnedWork(
    InteractionReference Record,
    Guid? CustomerId,
    string OwnerId,
    string Kind,
    string Description,
    DateTimeOffset? DueAt,
    string SourceModule);
