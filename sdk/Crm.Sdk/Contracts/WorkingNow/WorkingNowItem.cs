namespace Crm.Sdk.Contracts.WorkingNow;

/// <summary>One colleague's current work with a customer, as one module sees it.</summary>
/// <param name="UserId">The colleague.</param>
/// <param name="Activity">What kind of work, upper-case (e.g. <c>CALL</c>, <c>OPEN_DEAL</c>, <c>TASK</c>, <c>AGREEMENT</c>).</param>
/// <param name="Description">One line a person understands, e.g. "Offer: page 3 top, Jan–Jun".</param>
/// <param name="At">When the work happened or was last touched.</param>
/// <param name="SourceModule">The id of the module that contributed the item.</param>
/// <param name="Reference">The record the work concerns, as a GraphQL type name and id, or null.</param>
public sealed record WorkingNowItem(
    string UserId,
    string Activity,
    string Description,
    DateTimeOffset At,
    string SourceModule,
    Interactions.InteractionReference? Reference = null);
