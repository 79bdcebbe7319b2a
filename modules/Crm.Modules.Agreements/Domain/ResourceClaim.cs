namespace Crm.Modules.Agreements.Domain;

/// <summary>
/// An agreement's hold on a named resource for a period ("page 3, top", January to June). <see cref="IsActive"/>
/// mirrors whether the agreement still holds resources, so the overlap check is one indexed query.
/// </summary>
public sealed class ResourceClaim
{
    public Guid Id { get; set; }

    public Guid AgreementId { get; set; }

    public Guid CustomerId { get; set; }

    /// <summary>The resource as the user wrote it.</summary>
    public string Resource { get; set; } = "";

    /// <summary>The resource folded (lower case, single spaces): "Page 3,  TOP" and "page 3, top" are one slot.</summary>
    public string ResourceKey { get; set; } = "";

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    public bool IsActive { get; set; }

    public static string KeyOf(string resource) =>
        string.Join(' ', resource.Trim().ToLowerInvariant().Replace('ё', 'е').Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
