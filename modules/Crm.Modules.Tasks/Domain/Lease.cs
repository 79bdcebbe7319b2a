namespace Crm.Modules.Tasks.Domain;

/// <summary>
/// A named job's lease: the host instance named in <see cref="HolderId"/> may run the job until
/// <see cref="ExpiresAt"/>, and renews it while it keeps running. Claimed with one conditional UPDATE, so on a
/// shared database exactly one instance holds it at a time.
/// </summary>
public sealed class Lease
{
    public string Name { get; set; } = "";

    public string HolderId { get; set; } = "";

    public DateTime ExpiresAt { get; set; }
}
