namespace Crm.Sdk.Contracts.Interactions;

/// <summary>What an interaction concerns in another module, by type name and id (no foreign key crosses modules).</summary>
/// <param name="Type">The GraphQL type name of the record, e.g. <c>Deal</c>, <c>Ticket</c>, <c>Agreement</c>.</param>
/// <param name="Id">The record's id in its module.</param>
public sealed record InteractionReference(string Type, string Id);
