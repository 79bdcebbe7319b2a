namespace Crm.Modules.Sales.Domain;

/// <summary>An entry of the admin-defined catalog of reasons clients refuse ("PRICE", "COMPETITOR", ...).</summary>
public sealed class LossReason
{
    public Guid Id { get; set; }

    /// <summary>Stable upper-case code, unique; opportunities keep it.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public bool IsActive { get; set; } = true;
}
