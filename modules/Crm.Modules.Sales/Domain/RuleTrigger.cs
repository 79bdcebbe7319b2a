namespace Crm.Modules.Sales.Domain;

/// <summary>The events an automatic funnel rule listens to.</summary>
public enum RuleTrigger
{
    /// <summary>A purchase was recorded for the opportunity's client (e.g. "won on purchase").</summary>
    PurchaseRecorded,

    /// <summary>An interaction of <see cref="FunnelRule.InteractionKind"/> landed in the client's timeline (e.g. a proposal e-mail).</summary>
    InteractionRecorded,
}
