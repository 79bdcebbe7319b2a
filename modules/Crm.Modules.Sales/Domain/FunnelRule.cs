namespace Crm.Modules.Sales.Domain;

/// <summary>
/// Plain data, no scripts: when <see cref="Trigger"/> happens for a client, each of the client's open
/// opportunities in this funnel moves to <see cref="TargetStageId"/>, but only forward (never back to an
/// earlier stage). A won or lost target closes the opportunity (a lost target uses the catalog reason
/// <see cref="LossReasonCode"/>).
/// </summary>
public sealed class FunnelRule
{
    public Guid Id { get; set; }

    public Guid FunnelId { get; set; }

    public RuleTrigger Trigger { get; set; }

    /// <summary>For <see cref="RuleTrigger.InteractionRecorded"/>: the interaction kind, e.g. <c>EMAIL</c> or a custom <c>PROPOSAL</c>.</summary>
    public string? InteractionKind { get; set; }

    public Guid TargetStageId { get; set; }

    public string? LossReasonCode { get; set; }
}
