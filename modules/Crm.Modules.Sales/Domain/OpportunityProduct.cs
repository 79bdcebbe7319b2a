namespace Crm.Modules.Sales.Domain;

/// <summary>A catalog product an opportunity is about; refusals are searched by it.</summary>
public sealed class OpportunityProduct
{
    public Guid OpportunityId { get; set; }

    public Guid ProductId { get; set; }
}
