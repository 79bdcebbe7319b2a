using Crm.Modules.Interactions.Domain;

namespace Crm.Modules.Interactions.UseCases;

/// <summary>One page of a timeline, newest first, with the cursor to continue from.</summary>
public sealed record TimelinePage(IReadOnlyList<Interaction> Items, bool HasNextPage, string? EndCursor);
