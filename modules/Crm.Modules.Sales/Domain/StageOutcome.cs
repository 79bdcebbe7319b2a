namespace Crm.Modules.Sales.Domain;

/// <summary>What reaching a stage means: still in play, or closed one way or the other.</summary>
public enum StageOutcome
{
    Open,

    Won,

    Lost,
}
