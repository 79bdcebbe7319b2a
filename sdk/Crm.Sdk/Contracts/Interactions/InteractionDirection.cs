namespace Crm.Sdk.Contracts.Interactions;

/// <summary>Who started an interaction.</summary>
public enum InteractionDirection
{
    /// <summary>The customer reached out to us.</summary>
    Inbound,

    /// <summary>We reached out to the customer.</summary>
    Outbound,

    /// <summary>Nobody outside took part (a note, an internal decision).</summary>
    Internal,
}
