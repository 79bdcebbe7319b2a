namespace Crm.Modules.Sales.Domain;

/// <summary>Where an opportunity stands overall; mirrors the outcome of its current stage.</summary>
public enum OpportunityStatus
{
    Open,

    Won,

    Lost,
}
