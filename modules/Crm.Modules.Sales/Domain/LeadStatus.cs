namespace Crm.Modules.Sales.Domain;

/// <summary>A lead's life: new, then qualified into a client and an opportunity, or disqualified with a reason.</summary>
public enum LeadStatus
{
    New,

    Qualified,

    Disqualified,
}
